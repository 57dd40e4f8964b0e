import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import type { Cart, CartItem, CartItemInput } from './cart-types.ts';

export const cartKey = ['cart'] as const;

/** The signed-in buyer's cart; off for users who may not order (查看者), who have none. */
export function useCart() {
  const { data: me } = useMe();
  return useQuery({
    queryKey: cartKey,
    queryFn: () => unwrap(api.GET('/api/cart')),
    enabled: can(me, 'orders:create'),
  });
}

/** Every cart command answers with the whole cart: it replaces the cached one, no refetch. */
function useCartCommand<V>(command: (variables: V) => Promise<Cart>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSuccess: (cart) => client.setQueryData(cartKey, cart),
  });
}

export const useAddToCart = () =>
  useCartCommand((items: CartItemInput[]) => unwrap(api.POST('/api/cart/items', { body: { items } })));

export const useUpdateCartItem = () =>
  useCartCommand(({ id, quantity }: { id: number; quantity: number }) =>
    unwrap(api.PATCH('/api/cart/items/{id}', { params: { path: { id } }, body: { quantity } })),
  );

export const useRemoveCartItems = () =>
  useCartCommand((ids: number[]) => unwrap(api.POST('/api/cart/remove', { body: { ids } })));

/** Moves an item to another unit; an item already in that unit is merged in (server side, one transaction). */
export const useChangeCartUnit = () =>
  useCartCommand(({ item, unitId, quantity }: { item: CartItem; unitId: number | null; quantity: number }) =>
    unwrap(api.PATCH('/api/cart/items/{id}', { params: { path: { id: item.id } }, body: { quantity, unitId } })),
  );
