import { pinyin } from 'pinyin-pro';

/** Full pinyin without tones or spaces between syllables: 可口可乐 → kekoukele. */
export function fullPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array' }).join('').toLowerCase();
}

/** Pinyin initials: 可口可乐 → kkkl (other characters kept). */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

/**
 * The text product search matches against (see products.search_text): name as written, its full
 * pinyin and initials, plus brand, SKU codes, names and barcodes. Parts are separated by '|' so a
 * query never matches across two of them.
 */
export function productSearchText(input: {
  name: string;
  brand?: string | null;
  skus?: { code: string; name?: string | null; barcode?: string | null; unitBarcodes?: (string | null)[] }[];
}): string {
  const parts = [input.name, fullPinyin(input.name), pinyinInitials(input.name), input.brand ?? ''];
  if (input.brand) parts.push(fullPinyin(input.brand), pinyinInitials(input.brand));
  for (const sku of input.skus ?? []) {
    parts.push(sku.code, sku.name ?? '', sku.barcode ?? '', ...(sku.unitBarcodes ?? []).map((b) => b ?? ''));
  }
  return parts
    .map((p) => p.toLowerCase().replace(/\s+/g, ''))
    .filter(Boolean)
    .join('|');
}

/** Normalises a search query the way productSearchText normalises the text it searches. */
export const normaliseQuery = (q: string) => q.toLowerCase().replace(/\s+/g, '');
