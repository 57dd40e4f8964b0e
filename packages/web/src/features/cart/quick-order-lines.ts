import type { CartItemInput, QuickCandidate, QuickParsedItem } from './cart-types.ts';

/** A recognised line as the buyer works on it: the match it chose, its quantity, or left out. */
export interface QuickLine {
  key: string;
  input: string;
  status: QuickParsedItem['status'];
  message: string | null;
  candidates: QuickCandidate[];
  /** Index into candidates; null until a candidate is chosen (ambiguous) or found (unmatched). */
  chosen: number | null;
  /** In the chosen candidate's unit. */
  quantity: number;
}

/** The lines of a parse; keys are unique within one parse (`prefix` keeps re-parsed lines apart). */
export function linesFromParse(items: QuickParsedItem[], prefix = 'l'): QuickLine[] {
  return items.map((item, index) => ({
    key: `${prefix}${index}`,
    input: item.input,
    status: item.status,
    message: item.message,
    candidates: item.candidates,
    chosen: item.status === 'matched' ? (item.chosen ?? 0) : null,
    quantity: Math.max(1, item.quantity),
  }));
}

export const chosenOf = (line: QuickLine): QuickCandidate | undefined =>
  line.chosen === null ? undefined : line.candidates[line.chosen];

/** Line state after the buyer picks a candidate of an ambiguous line. */
export const choose = (lines: QuickLine[], key: string, index: number): QuickLine[] =>
  lines.map((line) =>
    line.key === key && index >= 0 && index < line.candidates.length ? { ...line, chosen: index } : line,
  );

export const setQuantity = (lines: QuickLine[], key: string, quantity: number): QuickLine[] =>
  lines.map((line) => (line.key === key ? { ...line, quantity: Math.max(1, Math.floor(quantity)) } : line));

export const removeLine = (lines: QuickLine[], key: string): QuickLine[] => lines.filter((line) => line.key !== key);

/** Replaces one line by what re-reading its edited text gave (none, one or several lines). */
export const replaceLine = (lines: QuickLine[], key: string, replacement: QuickLine[]): QuickLine[] =>
  lines.flatMap((line) => (line.key === key ? replacement : [line]));

/**
 * The cart items of every line with a chosen product, one per SKU and unit (two lines of the same
 * product add up), ready for one POST /api/cart/items.
 */
export function cartItemsOf(lines: QuickLine[]): CartItemInput[] {
  const merged = new Map<string, CartItemInput>();
  for (const line of lines) {
    const candidate = chosenOf(line);
    if (!candidate) continue;
    const id = `${candidate.skuId}:${candidate.unitId ?? 0}`;
    const existing = merged.get(id);
    if (existing) existing.quantity += line.quantity;
    else merged.set(id, { skuId: candidate.skuId, unitId: candidate.unitId, quantity: line.quantity });
  }
  return [...merged.values()];
}

/** How many lines still need the buyer: a choice to make or a text to fix. */
export const pendingCount = (lines: QuickLine[]): number => lines.filter((line) => line.chosen === null).length;
