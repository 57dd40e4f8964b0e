import { type ProblemHint, type ProblemItem, problemHints, type StockStatus } from '../cart/cart-problems.ts';
import type { CartProblem } from '../cart/cart-types.ts';
import type { ShortLine } from '../cart/short-lines.ts';
import type { MyOrder } from './order-types.ts';

/** A line of the order as the buyer edits it, in the line's unit. */
export interface EditLine {
  lineId: number;
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  unitId: number | null;
  unitName: string;
  unitFactor: number;
  baseUnit: string;
  /** The price agreed when placed, fen per unit (the estimate; saving prices a changed line again). */
  unitPrice: number;
  quantity: number;
  removed: boolean;
}

/** What the catalog says of a SKU today: its order rule (base units) and stock, or that it is gone. */
export interface SkuRule {
  minOrderQty: number;
  orderStep: number;
  available: number | null;
  stockStatus?: StockStatus;
  onShelf: boolean;
}

export const editLinesOf = (order: Pick<MyOrder, 'lines'>): EditLine[] =>
  order.lines.map((line) => ({
    lineId: line.id,
    skuId: line.skuId,
    skuCode: line.skuCode,
    productName: line.productName,
    skuName: line.skuName,
    unitId: line.unitId,
    unitName: line.unitName,
    unitFactor: Math.max(1, line.unitFactor),
    baseUnit: line.baseUnit,
    unitPrice: line.unitPrice,
    quantity: line.quantity,
    removed: false,
  }));

const anyQuantity: SkuRule = { minOrderQty: 1, orderStep: 1, available: null, onShelf: true };

/** The kept lines as the cart's hints read them, with the problems placing the order would find. */
function problemItems(
  kept: EditLine[],
  rules: ReadonlyMap<number, SkuRule>,
  short: readonly ShortLine[],
): (ProblemItem & { lineId: number })[] {
  const totals = new Map<number, number>();
  for (const line of kept) totals.set(line.skuId, (totals.get(line.skuId) ?? 0) + line.quantity * line.unitFactor);
  return kept.map((line) => {
    const rule = rules.get(line.skuId) ?? anyQuantity;
    const total = totals.get(line.skuId) ?? 0;
    const shortOf = short.find((s) => s.skuId === line.skuId);
    const problems: CartProblem[] = [];
    if (!rule.onShelf) problems.push('off_shelf');
    if (total < rule.minOrderQty) problems.push('below_minimum');
    if (total % Math.max(1, rule.orderStep) !== 0) problems.push('off_step');
    if (shortOf) problems.push('insufficient_stock');
    return {
      lineId: line.lineId,
      skuId: line.skuId,
      quantity: line.quantity,
      unitName: line.unitName,
      unitFactor: line.unitFactor,
      baseQuantity: line.quantity * line.unitFactor,
      baseUnit: line.baseUnit,
      minOrderQty: rule.minOrderQty,
      orderStep: rule.orderStep,
      problems,
      // A 409 names what there is (the order's own reservation given back); else what the catalog says.
      available: shortOf ? shortOf.available : rule.available,
      stockStatus: rule.stockStatus,
    };
  });
}

/**
 * The problems of each kept line (by line id), in the cart's words: minimum and step counted over
 * every line of a SKU in base units, as placing and editing do; off the shelf; and the lines a 409
 * INSUFFICIENT_STOCK named.
 */
export function editHints(
  lines: readonly EditLine[],
  rules: ReadonlyMap<number, SkuRule>,
  short: readonly ShortLine[] = [],
): Map<number, ProblemHint[]> {
  const items = problemItems(
    lines.filter((line) => !line.removed),
    rules,
    short,
  );
  return new Map(items.map((item) => [item.lineId, problemHints(item, items)]));
}

/** The PATCH body: only what changed (lines replace all lines); undefined when nothing did. */
export function editBody(
  order: Pick<MyOrder, 'lines' | 'remark' | 'address'>,
  lines: readonly EditLine[],
  remark: string,
  addressId: number | undefined,
):
  | { lines?: { skuId: number; unitId: number | null; quantity: number }[]; remark?: string; addressId?: number }
  | undefined {
  const body: ReturnType<typeof editBody> & object = {};
  const linesChanged = lines.some(
    (line) => line.removed || order.lines.find((o) => o.id === line.lineId)?.quantity !== line.quantity,
  );
  if (linesChanged)
    body.lines = lines
      .filter((line) => !line.removed)
      .map((line) => ({ skuId: line.skuId, unitId: line.unitId, quantity: line.quantity }));
  if (remark.trim() !== order.remark.trim()) body.remark = remark.trim();
  if (addressId !== undefined && addressId !== order.address?.addressId) body.addressId = addressId;
  return Object.keys(body).length ? body : undefined;
}

/** The amount at the prices agreed, an estimate until the server prices the changed lines. */
export const editEstimate = (lines: readonly EditLine[]): number =>
  lines.filter((line) => !line.removed).reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);

/** Whether the edit can be sent: something kept, nothing the server would refuse for sure. */
export function canSaveEdit(lines: readonly EditLine[], hints: ReadonlyMap<number, ProblemHint[]>): boolean {
  const kept = lines.filter((line) => !line.removed);
  return (
    kept.length > 0 &&
    kept.every((line) => (hints.get(line.lineId) ?? []).every((hint) => hint.problem === 'insufficient_stock'))
  );
}
