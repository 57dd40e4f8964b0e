/**
 * How well a SKU fits a quick-order query, and when the best fit is clear enough to choose it. Pure;
 * quick-order.service.ts fetches the SKUs. The rule is in docs/orders.md, "Quick order".
 */
import { normaliseQuery, productSearchText } from '../catalog/search-text.ts';

/** What scoring needs of a SKU and its product. */
export interface ScoredSkuInput {
  code: string;
  barcode: string | null;
  skuName: string;
  specs: Record<string, string>;
  productName: string;
  brandName: string | null;
}

export type MatchStatus = 'matched' | 'ambiguous' | 'unmatched';

/** A candidate needs at least this share of the query found in it. */
export const MIN_COVERAGE = 0.5;
/** The best candidate is chosen when it covers the whole query and leads the next by this much. */
export const CLEAR_LEAD = 0.08;
/** Taken off a candidate that lacks the unit word the buyer wrote. */
export const MISSING_UNIT_PENALTY = 0.1;
const MAX_TERMS = 12;

/** Runs of Chinese characters, and of letters and digits (with - _ . inside codes). */
const tokensOf = (q: string) => q.match(/[\u3400-\u9fff]+|[a-z0-9]+(?:[-_.][a-z0-9]+)*/g) ?? [];
const isCjk = (t: string) => /^[\u3400-\u9fff]/.test(t);
const bigrams = (t: string) => Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));

/**
 * The substrings to look for in `products.search_text` (normalised like it): the whole query, its
 * tokens, and the two-character pieces of longer Chinese tokens, so 康师傅牛肉面 still finds
 * 康师傅红烧牛肉面. At most 12, longest first.
 */
export function searchTerms(query: string): string[] {
  const q = normaliseQuery(query);
  const tokens = tokensOf(q);
  const terms = new Set([q, ...tokens.filter((t) => t.length >= 2 || isCjk(t))]);
  for (const t of tokens) if (isCjk(t) && t.length >= 3) for (const b of bigrams(t)) terms.add(b);
  return [...terms]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_TERMS);
}

/**
 * 0–1: 70 % how much of the query is found in the SKU (name, pinyin, initials, brand, SKU name,
 * specs, code, barcode; a Chinese token not found whole counts by its two-character pieces), 30 %
 * how much of the part it was found in the query explains (可口可乐 fits 可口可乐 better than
 * 可口可乐零度).
 */
export function scoreSku(query: string, sku: ScoredSkuInput): { score: number; coverage: number } {
  const tokens = tokensOf(normaliseQuery(query));
  const parts = [
    ...productSearchText({ name: sku.productName, brand: sku.brandName }).split('|'),
    ...[sku.code, sku.skuName, sku.barcode ?? '', ...Object.values(sku.specs)].map(normaliseQuery),
  ].filter(Boolean);
  let total = 0;
  let covered = 0;
  let explained = 0;
  for (const t of tokens) {
    total += t.length;
    const holder = parts.filter((p) => p.includes(t)).sort((a, b) => a.length - b.length)[0];
    if (holder) {
      covered += t.length;
      explained += (t.length * t.length) / holder.length;
    } else if (isCjk(t) && t.length >= 2) {
      const pieces = bigrams(t);
      covered += (t.length * pieces.filter((b) => parts.some((p) => p.includes(b))).length) / pieces.length;
    }
  }
  if (!total) return { score: 0, coverage: 0 };
  const coverage = covered / total;
  return { score: Math.round((0.7 * coverage + (0.3 * explained) / total) * 1000) / 1000, coverage };
}

/**
 * The status of an item from its candidates sorted best first: none → unmatched; the first covers
 * the whole query and leads the second by CLEAR_LEAD → matched; otherwise ambiguous.
 */
export function decide(sorted: { score: number; coverage: number }[]): MatchStatus {
  const [best, next] = sorted;
  if (!best) return 'unmatched';
  if (best.coverage >= 1 && (!next || best.score - next.score >= CLEAR_LEAD)) return 'matched';
  return 'ambiguous';
}
