import { ShoppingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** A product line as the cart and checkout show it: thumb, name, spec, and whatever the page adds. */
export function CartLine({
  thumbUrl,
  name,
  spec,
  children,
  aside,
  testId,
}: {
  thumbUrl: string | null;
  name: string;
  spec: ReactNode;
  children?: ReactNode;
  aside?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="cart-line" data-testid={testId}>
      <span className="cart-thumb">
        {thumbUrl ? <img src={thumbUrl} alt={name} loading="lazy" /> : <ShoppingOutlined aria-hidden />}
      </span>
      <div className="cart-line-body">
        <div className="cart-line-head">
          <span className="cart-line-name">{name}</span>
          {aside}
        </div>
        <div className="cart-line-spec">{spec}</div>
        {children}
      </div>
    </div>
  );
}
