import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { useCart } from './use-cart.ts';

/** The cart's item count on its navigation entry (nothing while the cart is empty). */
export function CartBadge({ children }: { children: ReactNode }) {
  const cart = useCart();
  return (
    <Badge count={cart.data?.count ?? 0} size="small" offset={[4, 0]} data-testid="cart-badge">
      {children}
    </Badge>
  );
}
