import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { AddressSnapshot, PaymentMethod } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { assertCreditAvailable, assertNotOverdue } from '../payments/credit.ts';
import { type OrderLineInput, priceLines, reserveLines, writeLines } from './order-lines.ts';
import { recordEvent } from './order-transition.ts';
import { orderingCustomerId } from './ordering-customer.ts';
import { getOrder, type OrderViewRow } from './orders.query.ts';

export interface PlaceOrderInput {
  lines: OrderLineInput[];
  paymentMethod?: PaymentMethod;
  addressId?: number;
  remark?: string;
  customerId?: number;
}

interface CustomerRow {
  id: number;
  status: string;
  salespersonId: number | null;
  creditLimit: number;
}

/** The customer an order is for: the caller's own company, or (staff, 代客下单) the one named and in scope. */
async function orderCustomer(
  tx: Tx,
  user: AuthUser,
  customerId: number | undefined,
  lock: boolean,
): Promise<CustomerRow> {
  const id = orderingCustomerId(user, customerId, '/body/customerId');
  const [row] = await queryRows<CustomerRow>(
    tx,
    sql`SELECT c.id::int AS id, c.status, c.salesperson_id::int AS "salespersonId", c.credit_limit::float8 AS "creditLimit"
          FROM customers c WHERE c.id = ${id} AND ${customerScope(user)} ${lock ? sql`FOR NO KEY UPDATE` : sql``}`,
  );
  if (!row) throw notFound('Customer');
  if (row.status !== 'active')
    throw new AppError('INVALID_STATE', '该客户未启用，不能下单 / This customer is not active and cannot order', {
      status: row.status,
    });
  return row;
}

/** The delivery address snapshot: the one named (it must be the customer's), else the default, else none. */
export async function addressSnapshot(
  tx: Tx,
  customerId: number,
  addressId: number | undefined,
): Promise<AddressSnapshot | null> {
  const [row] = await queryRows<AddressSnapshot>(
    tx,
    sql`SELECT id::int AS "addressId", contact_name AS "contactName", phone, province, city, district, address
          FROM customer_addresses
         WHERE customer_id = ${customerId} ${addressId === undefined ? sql`AND is_default` : sql`AND id = ${addressId}`}
         ORDER BY id LIMIT 1`,
  );
  if (!row && addressId !== undefined) {
    throw validationFailed([
      {
        path: '/body/addressId',
        message: `收货地址 ${addressId} 不属于该客户 / address ${addressId} is not one of this customer’s`,
      },
    ]);
  }
  return row ?? null;
}

/**
 * Places an order in the caller's transaction, all or nothing: resolves every line's price for the
 * customer, checks the SKUs (on shelf, visible, unit, minimum and step over all lines of a SKU
 * together), checks credit for credit orders, reserves the stock (INSUFFICIENT_STOCK naming every
 * short line and what is available otherwise), and writes the order with its price and address
 * snapshot, its lines, allocations, the first timeline event and the `order.placed` outbox event.
 * Staff placing it for a customer (代客下单) is marked on the order and audited.
 */
export async function placeOrder(tx: Tx, user: AuthUser, input: PlaceOrderInput): Promise<OrderViewRow> {
  const credit = input.paymentMethod === 'credit';
  const customer = await orderCustomer(tx, user, input.customerId, credit);
  const { priced, perSku, totalAmount } = await priceLines(tx, customer.id, input.lines);
  const address = await addressSnapshot(tx, customer.id, input.addressId);

  await assertNotOverdue(tx, customer.id);
  if (credit) await assertCreditAvailable(tx, customer.id, totalAmount);

  const allocations = await reserveLines(tx, perSku, user);

  const onBehalf = user.kind === 'staff';
  const [order] = await queryRows<{ id: number; number: string }>(
    tx,
    sql`INSERT INTO orders (customer_id, salesperson_id, payment_method, total_amount, address, remark, placed_by_id, placed_by_kind)
        VALUES (${customer.id}, ${customer.salespersonId}, ${input.paymentMethod ?? null}, ${totalAmount},
                ${address ? JSON.stringify(address) : null}::jsonb, ${input.remark?.trim() ?? ''}, ${user.id}, ${onBehalf ? 'staff' : 'customer'})
        RETURNING id::int AS id, number`,
  );
  await writeLines(tx, order.id, priced, allocations);
  await recordEvent(tx, order.id, user, {
    kind: 'placed',
    toStatus: 'pending_review',
    note: input.remark?.trim() ?? '',
    details: onBehalf ? { onBehalf: true } : undefined,
  });
  await emit(
    tx,
    {
      topic: 'order.placed',
      customerId: customer.id,
      payload: { orderId: order.id, number: order.number, totalAmount, onBehalf },
    },
    { topic: 'stock.changed', customerId: null, payload: { skuIds: [...perSku.keys()] } },
  );
  if (onBehalf) {
    await audit(
      tx,
      { id: user.id, name: user.name },
      {
        action: 'order.placed_on_behalf',
        targetType: 'order',
        targetId: order.id,
        details: { number: order.number, customerId: customer.id, totalAmount },
      },
    );
  }
  return getOrder(tx, user, order.id);
}
