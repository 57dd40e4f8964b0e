import { fenToYuan, yuanToFen } from '../../lib/money.ts';
import type { OrderLine } from './order-types.ts';

/** One line of the 修改订单 form: the SKU and unit, a quantity in that unit and a price typed in yuan. */
export interface EditLineValues {
  key: number;
  skuId?: number;
  unitId?: number | null;
  quantity?: number | null;
  /** Yuan per unit; empty leaves the price to the customer's own (level, customer price, break). */
  unitPriceYuan?: number | null;
  /** The price the order has now (fen), for lines already on it; a new line has none. */
  currentPrice?: number;
  /** What to call a line already on the order (the SKU picker labels it before any search). */
  label?: string;
  unitName?: string;
}

export type EditOrderBody = {
  lines: { skuId: number; unitId?: number | null; quantity: number; unitPrice?: number }[];
  reason: string;
  remark?: string;
};

let nextKey = 1;
export const newEditLine = (): EditLineValues => ({ key: nextKey++, unitId: null, quantity: 1 });

/** The order's lines as the form starts from: every line with its quantity and price as agreed. */
export function editLinesOf(lines: readonly OrderLine[]): EditLineValues[] {
  return lines.map((line) => ({
    key: nextKey++,
    skuId: line.skuId,
    unitId: line.unitId,
    quantity: line.quantity,
    unitPriceYuan: fenToYuan(line.unitPrice),
    currentPrice: line.unitPrice,
    label: `${line.productName}${line.skuName ? ` · ${line.skuName}` : ''} (${line.skuCode})`,
    unitName: line.unitName,
  }));
}

/**
 * The PATCH body: every line with its quantity; a price only where staff typed one that differs
 * from what the line has (fen, sent as `unitPrice` so the server marks it manual). An untouched
 * price is left out, so an unchanged line keeps its price and a changed quantity is priced again.
 */
export function editOrderBody(
  lines: readonly EditLineValues[],
  reason: string,
  remark?: { before: string; after: string | undefined },
): EditOrderBody {
  const body: EditOrderBody = {
    lines: lines.map((line) => {
      const typed =
        line.unitPriceYuan === null || line.unitPriceYuan === undefined ? undefined : yuanToFen(line.unitPriceYuan);
      return {
        skuId: line.skuId as number,
        unitId: line.unitId ?? null,
        quantity: line.quantity as number,
        ...(typed !== undefined && typed !== line.currentPrice ? { unitPrice: typed } : {}),
      };
    }),
    reason: reason.trim(),
  };
  const after = remark?.after?.trim() ?? remark?.before;
  if (remark && after !== remark.before) body.remark = after;
  return body;
}

/** What the form's lines come to (fen) where every price is known; undefined while one is left to the server. */
export function editEstimate(lines: readonly EditLineValues[]): number | undefined {
  let total = 0;
  for (const line of lines) {
    if (line.unitPriceYuan === null || line.unitPriceYuan === undefined || !line.quantity) return undefined;
    total += yuanToFen(line.unitPriceYuan) * line.quantity;
  }
  return total;
}

/** An `edited` event's details: lines and totals before and after (fen; unit names as ordered). */
export interface EditedLine {
  skuCode: string;
  unitName: string;
  quantity: number;
  unitPrice: number;
}

export interface EditChange {
  skuCode: string;
  unitName: string;
  before?: { quantity: number; unitPrice: number };
  after?: { quantity: number; unitPrice: number };
}

const editedLines = (value: unknown): EditedLine[] =>
  Array.isArray(value)
    ? value.filter(
        (l): l is EditedLine => typeof l === 'object' && l !== null && typeof (l as EditedLine).skuCode === 'string',
      )
    : [];

/**
 * The lines an edit changed, matched by SKU code and unit: changed quantity or price, removed
 * (no after) or added (no before). Unchanged lines are left out.
 */
export function editChanges(details: Record<string, unknown> | null): EditChange[] {
  if (!details) return [];
  const before = editedLines(details.before);
  const after = editedLines(details.after);
  const keyOf = (l: EditedLine) => `${l.skuCode}\u0000${l.unitName}`;
  const changes = new Map<string, EditChange>();
  for (const l of before) changes.set(keyOf(l), { skuCode: l.skuCode, unitName: l.unitName, before: l });
  for (const l of after) {
    const change = changes.get(keyOf(l)) ?? { skuCode: l.skuCode, unitName: l.unitName };
    change.after = l;
    changes.set(keyOf(l), change);
  }
  return [...changes.values()]
    .filter(
      (c) =>
        !c.before || !c.after || c.before.quantity !== c.after.quantity || c.before.unitPrice !== c.after.unitPrice,
    )
    .map(({ skuCode, unitName, before: b, after: a }) => ({
      skuCode,
      unitName,
      ...(b ? { before: { quantity: b.quantity, unitPrice: b.unitPrice } } : {}),
      ...(a ? { after: { quantity: a.quantity, unitPrice: a.unitPrice } } : {}),
    }));
}
