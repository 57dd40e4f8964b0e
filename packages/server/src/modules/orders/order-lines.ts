import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError, type FieldError, validationFailed } from '../../lib/errors.ts';
import { bigintArray, pgColumns, queryRows } from '../../lib/sql.ts';
import { notifyLowStock } from '../inventory/low-stock.ts';
import { type Allocation, reserveStock } from '../inventory/reservations.ts';
import { stockViewFor } from '../inventory/stock-display.ts';
import { resolvePrices } from '../pricing/pricing.service.ts';

/**
 * An order's lines from what was asked: checked against the catalog, priced for the customer,
 * reserved, written. Placing and editing an order share this, so both follow the same rules.
 */

export interface OrderLineInput {
  skuId: number;
  quantity: number;
  unitId?: number | null;
  /** A price set by staff during review (fen per unit); otherwise resolved for the customer. */
  unitPrice?: number;
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

export interface PricedLine {
  index: number;
  sku: SkuInfo;
  unitId: number | null;
  unitName: string;
  factor: number;
  quantity: number;
  base: number;
  unitPrice: number;
  rule: string;
  amount: number;
}

export interface SkuTotal {
  sku: SkuInfo;
  base: number;
  firstIndex: number;
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

/**
 * Checks and prices the lines for the customer: each SKU visible and on shelf, the unit one of the
 * SKU's, minimum and step over all lines of a SKU together (base units). VALIDATION_FAILED with
 * `/body/lines/<i>/<field>` paths otherwise. Lines without a staff price get the customer's price now,
 * except that `keep` (by `skuId:unitId:quantity`) holds the price of lines that did not change.
 */
export async function priceLines(
  tx: Tx,
  customerId: number,
  inputs: OrderLineInput[],
  keep: Map<string, { unitPrice: number; rule: string }> = new Map(),
): Promise<{ priced: PricedLine[]; perSku: Map<number, SkuTotal>; totalAmount: number }> {
  const skus = await skuInfo(
    tx,
    customerId,
    inputs.map((l) => l.skuId),
  );
  const fields: FieldError[] = [];
  const lines = inputs.map((line, index) => {
    const sku = skus.get(line.skuId);
    const path = `/body/lines/${index}`;
    if (!sku?.visible) {
      fields.push({ path: `${path}/skuId`, message: `SKU ${line.skuId} 不存在 / SKU ${line.skuId} does not exist` });
      return null;
    }
    if (!sku.sellable)
      fields.push({ path: `${path}/skuId`, message: `${sku.code} ${sku.productName} 已下架 / is off the shelf` });
    const unitId = line.unitId ?? null;
    const unit = unitId === null ? { id: null, name: sku.unit, factor: 1 } : sku.units.find((u) => u.id === unitId);
    if (!unit) {
      fields.push({
        path: `${path}/unitId`,
        message: `单位 ${unitId} 不是 ${sku.code} 的单位 / unit ${unitId} is not a unit of ${sku.code}`,
      });
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

  const perSku = new Map<number, SkuTotal>();
  for (const line of lines) {
    if (!line) continue;
    const entry = perSku.get(line.sku.skuId) ?? { sku: line.sku, base: 0, firstIndex: line.index };
    entry.base += line.base;
    perSku.set(line.sku.skuId, entry);
  }
  for (const { sku, base, firstIndex } of perSku.values()) {
    const path = `/body/lines/${firstIndex}/quantity`;
    if (base > 2_000_000_000) fields.push({ path, message: '数量过大 / is too large' });
    else if (base < sku.minOrderQty)
      fields.push({
        path,
        message: `${sku.code} 起订量 ${sku.minOrderQty} ${sku.unit} / at least ${sku.minOrderQty} ${sku.unit}`,
      });
    else if (base % sku.orderStep !== 0) {
      fields.push({
        path,
        message: `${sku.code} 须为 ${sku.orderStep} ${sku.unit} 的倍数 / a multiple of ${sku.orderStep} ${sku.unit}`,
      });
    }
  }
  if (fields.length) throw validationFailed(fields);
  const valid = lines as NonNullable<(typeof lines)[number]>[];

  const prices = await resolvePrices(
    tx,
    customerId,
    valid.map((l) => ({ skuId: l.sku.skuId, unitId: l.unitId, quantity: l.quantity })),
  );
  // Round once, at the line: unit prices are whole fen, so the amount is exact.
  const priced = valid.map((line, i): PricedLine => {
    const set = inputs[line.index].unitPrice;
    const kept = keep.get(`${line.sku.skuId}:${line.unitId}:${line.quantity}`);
    const { unitPrice, rule } =
      set !== undefined
        ? { unitPrice: set, rule: 'manual' }
        : (kept ?? { unitPrice: prices[i].unitPrice, rule: prices[i].rule });
    return { ...line, unitPrice, rule, amount: unitPrice * line.quantity };
  });
  return { priced, perSku, totalAmount: priced.reduce((sum, l) => sum + l.amount, 0) };
}

/**
 * Reserves every SKU's total, or throws INSUFFICIENT_STOCK naming each short line and what is
 * available; levels the reservation took below their threshold raise `inventory.low_stock`.
 */
export async function reserveLines(
  tx: Tx,
  perSku: Map<number, SkuTotal>,
  viewer: { kind: 'staff' | 'customer' },
): Promise<Allocation[]> {
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
    // A customer of a supplier that hides stock numbers learns which lines are short, not how short.
    const view = await stockViewFor(tx, viewer);
    throw new AppError('INSUFFICIENT_STOCK', '库存不足 / Not enough stock for some lines', {
      lines: [...perSku.values()]
        .filter(({ sku }) => short.has(sku.skuId))
        .map(({ sku, firstIndex }) => ({
          index: firstIndex,
          skuId: sku.skuId,
          skuCode: sku.code,
          productName: sku.productName,
          requested: short.get(sku.skuId)?.requested,
          ...view(short.get(sku.skuId)?.available ?? 0, sku.minOrderQty),
          unit: sku.unit,
        })),
    });
  }
  await notifyLowStock(
    tx,
    allocations.map((a) => ({ skuId: a.skuId, warehouseId: a.warehouseId, delta: -a.quantity })),
  );
  return allocations;
}

/** Writes the order's lines (their snapshot of names, unit and price) and the stock they hold. */
export async function writeLines(
  tx: Tx,
  orderId: number,
  priced: PricedLine[],
  allocations: Allocation[],
): Promise<void> {
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
    SELECT ${orderId}, * FROM unnest(${cols.lineNo}, ${cols.skuId}, ${cols.skuCode}, ${cols.productName}, ${cols.skuName},
      ${cols.unitId}, ${cols.unitName}, ${cols.factor}, ${cols.quantity}, ${cols.base}, ${cols.unitPrice}, ${cols.amount}, ${cols.rule})`);
  if (!allocations.length) return;
  const a = pgColumns(allocations, {
    skuId: ['bigint', (x) => x.skuId],
    warehouseId: ['bigint', (x) => x.warehouseId],
    quantity: ['int', (x) => x.quantity],
  });
  await tx.execute(sql`
    INSERT INTO order_allocations (order_id, sku_id, warehouse_id, quantity, reserved)
    SELECT ${orderId}, s, w, q, q FROM unnest(${a.skuId}, ${a.warehouseId}, ${a.quantity}) AS t(s, w, q)`);
}
