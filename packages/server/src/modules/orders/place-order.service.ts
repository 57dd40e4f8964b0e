import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { AddressSnapshot, PaymentMethod } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, type FieldError, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { bigintArray, pgColumns, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { reserveStock } from '../inventory/reservations.ts';
import { resolvePrices } from '../pricing/pricing.service.ts';
import { recordEvent } from './order-transition.ts';
import { getOrder, type OrderViewRow } from './orders.query.ts';

export interface OrderLineInput {
  skuId: number;
  quantity: number;
  unitId?: number | null;
}

export interface PlaceOrderInput {
  lines: OrderLineInput[];
  paymentMethod?: PaymentMethod;
  addressId?: number;
  remark?: string;
  customerId?: number;
}

interface SkuInfo {
  skuId: number;
  code: string;
  productName: string;
  skuName: string;
  unit: string;
  minOrderQty: number;
  orderStep: number;
  allowBackorder: boolean;
  sellable: boolean;
  visible: boolean;
  units: { id: number; name: string; factor: number }[];
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
  let id: number;
  if (user.kind === 'customer') {
    if (customerId !== undefined && customerId !== user.customerId) throw notFound('Customer');
    id = user.customerId ?? -1;
  } else {
    if (customerId === undefined) {
      throw validationFailed([
        { path: '/body/customerId', message: 'staff ordering on a customer’s behalf must name the customer' },
      ]);
    }
    id = customerId;
  }
  const [row] = await queryRows<CustomerRow>(
    tx,
    sql`SELECT c.id::int AS id, c.status, c.salesperson_id::int AS "salespersonId", c.credit_limit::float8 AS "creditLimit"
          FROM customers c WHERE c.id = ${id} AND ${customerScope(user)} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!row) throw notFound('Customer');
  if (row.status !== 'active')
    throw new AppError('INVALID_STATE', 'This customer is not active and cannot order', { status: row.status });
  return row;
}

async function skuInfo(tx: Tx, customerId: number, skuIds: number[]): Promise<Map<number, SkuInfo>> {
  const rows = await queryRows<SkuInfo>(
    tx,
    sql`SELECT s.id::int AS "skuId", s.code, p.name AS "productName", s.name AS "skuName", s.unit,
               s.min_order_qty AS "minOrderQty", s.order_step AS "orderStep", s.allow_backorder AS "allowBackorder",
               (s.status = 'on' AND p.status = 'on') AS sellable,
               (cardinality(p.visible_level_ids) = 0
                 OR (SELECT level_id FROM customers WHERE id = ${customerId}) = ANY(p.visible_level_ids)) AS visible,
               (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'factor', u.factor)), '[]')
                  FROM sku_units u WHERE u.sku_id = s.id) AS units
          FROM skus s JOIN products p ON p.id = s.product_id
         WHERE s.id = ANY(${bigintArray([...new Set(skuIds)])})`,
  );
  return new Map(rows.map((r) => [r.skuId, r]));
}

/** The delivery address snapshot: the one named (it must be the customer's), else the default, else none. */
async function addressSnapshot(
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
      { path: '/body/addressId', message: `address ${addressId} is not one of this customer’s` },
    ]);
  }
  return row ?? null;
}

/** Outstanding credit: what the customer's open credit orders still owe (until the money issue brings receivables). */
async function creditOutstanding(tx: Tx, customerId: number): Promise<number> {
  const [row] = await queryRows<{ owed: number }>(
    tx,
    sql`SELECT coalesce(sum(total_amount - paid_amount), 0)::float8 AS owed FROM orders
         WHERE customer_id = ${customerId} AND payment_method = 'credit' AND status <> 'cancelled'
           AND payment_status IN ('unpaid', 'partially_paid')`,
  );
  return row.owed;
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
  const skus = await skuInfo(
    tx,
    customer.id,
    input.lines.map((l) => l.skuId),
  );

  const fields: FieldError[] = [];
  const lines = input.lines.map((line, index) => {
    const sku = skus.get(line.skuId);
    const path = `/body/lines/${index}`;
    if (!sku?.visible) {
      fields.push({ path: `${path}/skuId`, message: `SKU ${line.skuId} does not exist` });
      return null;
    }
    if (!sku.sellable)
      fields.push({ path: `${path}/skuId`, message: `${sku.code} ${sku.productName} is off the shelf` });
    const unitId = line.unitId ?? null;
    const unit = unitId === null ? { id: null, name: sku.unit, factor: 1 } : sku.units.find((u) => u.id === unitId);
    if (!unit) {
      fields.push({ path: `${path}/unitId`, message: `unit ${unitId} is not a unit of ${sku.code}` });
      return null;
    }
    return {
      index,
      sku,
      unitId,
      unitName: unit.name,
      factor: unit.factor,
      quantity: line.quantity,
      base: line.quantity * unit.factor,
    };
  });

  // Minimum and step count every line of a SKU together, in base units.
  const perSku = new Map<number, { sku: SkuInfo; base: number; firstIndex: number }>();
  for (const line of lines) {
    if (!line) continue;
    const entry = perSku.get(line.sku.skuId) ?? { sku: line.sku, base: 0, firstIndex: line.index };
    entry.base += line.base;
    perSku.set(line.sku.skuId, entry);
  }
  for (const { sku, base, firstIndex } of perSku.values()) {
    if (base > 2_000_000_000) fields.push({ path: `/body/lines/${firstIndex}/quantity`, message: 'is too large' });
    else if (base < sku.minOrderQty) {
      fields.push({
        path: `/body/lines/${firstIndex}/quantity`,
        message: `${sku.code}: at least ${sku.minOrderQty} ${sku.unit} (起订量)`,
      });
    } else if (base % sku.orderStep !== 0) {
      fields.push({
        path: `/body/lines/${firstIndex}/quantity`,
        message: `${sku.code}: a multiple of ${sku.orderStep} ${sku.unit} (订货倍数)`,
      });
    }
  }
  if (fields.length) throw validationFailed(fields);
  const valid = lines as NonNullable<(typeof lines)[number]>[];

  const prices = await resolvePrices(
    tx,
    customer.id,
    valid.map((l) => ({ skuId: l.sku.skuId, unitId: l.unitId, quantity: l.quantity })),
  );
  // Round once, at the line: unit prices are whole fen, so the amount is exact.
  const priced = valid.map((line, i) => ({
    ...line,
    unitPrice: prices[i].unitPrice,
    rule: prices[i].rule,
    amount: prices[i].unitPrice * line.quantity,
  }));
  const totalAmount = priced.reduce((sum, l) => sum + l.amount, 0);
  const address = await addressSnapshot(tx, customer.id, input.addressId);

  if (credit) {
    const outstanding = await creditOutstanding(tx, customer.id);
    const available = customer.creditLimit - outstanding;
    if (totalAmount > available) {
      throw new AppError('CREDIT_LIMIT_EXCEEDED', 'The order exceeds the available credit', {
        creditLimit: customer.creditLimit,
        outstanding,
        available: Math.max(0, available),
        totalAmount,
      });
    }
  }

  const { allocations, shortages } = await reserveStock(
    tx,
    [...perSku.values()].map(({ sku, base }) => ({
      skuId: sku.skuId,
      quantity: base,
      allowBackorder: sku.allowBackorder,
    })),
  );
  if (shortages.length) {
    const short = new Map(shortages.map((s) => [s.skuId, s]));
    throw new AppError('INSUFFICIENT_STOCK', 'Not enough stock for some lines', {
      lines: [...perSku.values()]
        .filter(({ sku }) => short.has(sku.skuId))
        .map(({ sku, firstIndex }) => ({
          index: firstIndex,
          skuId: sku.skuId,
          skuCode: sku.code,
          productName: sku.productName,
          requested: short.get(sku.skuId)?.requested,
          available: short.get(sku.skuId)?.available,
          unit: sku.unit,
        })),
    });
  }

  const onBehalf = user.kind === 'staff';
  const [order] = await queryRows<{ id: number; number: string }>(
    tx,
    sql`INSERT INTO orders (customer_id, salesperson_id, payment_method, total_amount, address, remark, placed_by_id, placed_by_kind)
        VALUES (${customer.id}, ${customer.salespersonId}, ${input.paymentMethod ?? null}, ${totalAmount},
                ${address ? JSON.stringify(address) : null}::jsonb, ${input.remark?.trim() ?? ''}, ${user.id}, ${onBehalf ? 'staff' : 'customer'})
        RETURNING id::int AS id, number`,
  );
  const cols = pgColumns(priced, {
    lineNo: ['int', (l) => l.index + 1],
    skuId: ['bigint', (l) => l.sku.skuId],
    skuCode: ['text', (l) => l.sku.code],
    productName: ['text', (l) => l.sku.productName],
    skuName: ['text', (l) => l.sku.skuName],
    unitId: ['bigint', (l) => l.unitId],
    unitName: ['text', (l) => l.unitName],
    factor: ['int', (l) => l.factor],
    quantity: ['int', (l) => l.quantity],
    base: ['int', (l) => l.base],
    unitPrice: ['bigint', (l) => l.unitPrice],
    amount: ['bigint', (l) => l.amount],
    rule: ['text', (l) => l.rule],
  });
  await tx.execute(sql`
    INSERT INTO order_lines (order_id, line_no, sku_id, sku_code, product_name, sku_name, unit_id, unit_name, unit_factor,
                             quantity, base_quantity, unit_price, amount, price_rule)
    SELECT ${order.id}, * FROM unnest(${cols.lineNo}, ${cols.skuId}, ${cols.skuCode}, ${cols.productName}, ${cols.skuName},
      ${cols.unitId}, ${cols.unitName}, ${cols.factor}, ${cols.quantity}, ${cols.base}, ${cols.unitPrice}, ${cols.amount}, ${cols.rule})`);
  if (allocations.length) {
    const a = pgColumns(allocations, {
      skuId: ['bigint', (x) => x.skuId],
      warehouseId: ['bigint', (x) => x.warehouseId],
      quantity: ['int', (x) => x.quantity],
    });
    await tx.execute(sql`
      INSERT INTO order_allocations (order_id, sku_id, warehouse_id, quantity, reserved)
      SELECT ${order.id}, s, w, q, q FROM unnest(${a.skuId}, ${a.warehouseId}, ${a.quantity}) AS t(s, w, q)`);
  }
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
