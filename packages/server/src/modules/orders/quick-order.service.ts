import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { validationFailed } from '../../lib/errors.ts';
import { readSheetCells } from '../../lib/excel.ts';
import { likeEscape, pgArray, queryRows, textArray } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerVisibility } from '../catalog/products.query.ts';
import { availableBySku } from '../inventory/inventory.service.ts';
import { type StockView, stockStatusOf, stockViewFor } from '../inventory/stock-display.ts';
import { resolvePrices } from '../pricing/pricing.service.ts';
import { orderingCustomer } from './ordering-customer.ts';
import type { QuickOrderItemT, QuickParseResultT } from './quick-order.schemas.ts';
import { itemsFromSheet, MAX_ITEMS, type ParsedItem, parseQuickOrderText } from './quick-order.ts';
import { decide, MIN_COVERAGE, MISSING_UNIT_PENALTY, scoreSku, searchTerms } from './quick-order-match.ts';

const MAX_CANDIDATES = 5;
/** Products a search looks at per item, best-matching first. */
const SEARCH_PRODUCTS = 20;

interface UnitRow {
  id: number;
  name: string;
  factor: number;
  isDefault: boolean;
}

interface SkuHit {
  skuId: number;
  code: string;
  barcode: string | null;
  skuName: string;
  specs: Record<string, string>;
  unit: string;
  productName: string;
  brandName: string | null;
  units: UnitRow[];
}

const skuColumns = sql`s.id::int AS "skuId", s.code, s.barcode, s.name AS "skuName", s.specs, s.unit,
  p.name AS "productName", b.name AS "brandName",
  coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'factor', u.factor, 'isDefault', u.is_default)
                            ORDER BY u.sort, u.id)
              FROM sku_units u WHERE u.sku_id = s.id), '[]'::json) AS units`;

/**
 * SKUs the customer may order whose code, barcode or unit barcode is one of `terms`, in ONE statement
 * (unique index on skus.code, indexes on skus.barcode and sku_units.barcode). A unit barcode names
 * that unit (a scanned case is a case).
 */
async function exactHits(db: DbOrTx, customerId: number, terms: string[]) {
  if (!terms.length) return new Map<string, SkuHit & { scannedUnitId: number | null }>();
  const rows = await queryRows<SkuHit & { term: string; scannedUnitId: number | null }>(
    db,
    sql`WITH q AS (SELECT DISTINCT unnest(${textArray(terms)}) AS term),
        hit AS (SELECT q.term, s.id AS sku_id, NULL::bigint AS unit_id FROM q JOIN skus s ON s.code = q.term
                UNION SELECT q.term, s.id, NULL FROM q JOIN skus s ON s.barcode = q.term
                UNION SELECT q.term, u.sku_id, u.id FROM q JOIN sku_units u ON u.barcode = q.term)
        SELECT hit.term, hit.unit_id::int AS "scannedUnitId", ${skuColumns}
          FROM hit JOIN skus s ON s.id = hit.sku_id JOIN products p ON p.id = s.product_id
          LEFT JOIN brands b ON b.id = p.brand_id
         WHERE s.status = 'on' AND ${customerVisibility(customerId)}`,
  );
  return new Map(rows.map(({ term, ...hit }) => [term, hit]));
}

/**
 * For every item, the on-shelf SKUs of the (at most 20) visible products whose search text holds the
 * most of its search terms, in ONE statement for all items: each term is a `LIKE '%…%'` on
 * `products.search_text`, the column the catalog's trigram index covers.
 */
async function searchHits(db: DbOrTx, customerId: number, searches: { item: number; terms: string[] }[]) {
  const byItem = new Map<number, SkuHit[]>();
  const pairs = searches.flatMap(({ item, terms }) => terms.map((t) => ({ item, pattern: `%${likeEscape(t)}%` })));
  if (!pairs.length) return byItem;
  const rows = await queryRows<SkuHit & { item: number }>(
    db,
    sql`WITH terms AS (SELECT * FROM unnest(${pgArray(
      pairs.map((p) => p.item),
      'int',
    )}, ${textArray(pairs.map((p) => p.pattern))}) AS t(item, pattern)),
        items AS (SELECT item, array_agg(pattern) AS patterns FROM terms GROUP BY item)
        SELECT i.item, ${skuColumns}
          FROM items i
          CROSS JOIN LATERAL (
            SELECT p.id, p.name, p.brand_id, p.sort,
                   (SELECT count(*) FROM unnest(i.patterns) x WHERE p.search_text LIKE x) AS hits
              FROM products p
             WHERE ${customerVisibility(customerId)} AND p.search_text LIKE ANY(i.patterns)
             ORDER BY hits DESC, p.sort, p.id LIMIT ${SEARCH_PRODUCTS}) p
          JOIN skus s ON s.product_id = p.id AND s.status = 'on'
          LEFT JOIN brands b ON b.id = p.brand_id
         ORDER BY i.item, p.hits DESC, p.sort, p.id, s.sort, s.id`,
  );
  for (const { item, ...hit } of rows) {
    const list = byItem.get(item) ?? [];
    list.push(hit);
    byItem.set(item, list);
  }
  return byItem;
}

/** The unit an item is read in for a SKU: the one written, else a scanned unit, else the default. */
function unitOf(sku: SkuHit, written: string | null, scannedUnitId: number | null) {
  const base = { id: null, name: sku.unit, factor: 1 };
  if (written !== null) {
    if (written === sku.unit) return { unit: base, missing: false };
    const unit = sku.units.find((u) => u.name === written);
    if (unit) return { unit, missing: false };
  }
  const fallback =
    sku.units.find((u) => u.id === scannedUnitId) ?? sku.units.find((u) => u.isDefault) ?? (base as typeof base);
  return { unit: fallback, missing: written !== null };
}

interface Candidate {
  sku: SkuHit;
  unit: { id: number | null; name: string; factor: number };
  score: number;
  coverage: number;
  missingUnit: boolean;
}

/**
 * Matches parsed items against what the customer may order and prices the candidates, in at most
 * four statements whatever the number of items: exact codes and barcodes, one search for every item
 * left, then ONE pricing and ONE availability call for all candidates. Reads only.
 */
export async function matchItems(
  db: DbOrTx,
  customerId: number,
  items: (ParsedItem & { row?: number })[],
  /** How the caller is told of stock (customers lose the numbers when the supplier hides them). */
  view: StockView = (available) => ({ available, stockStatus: stockStatusOf(available) }),
): Promise<QuickOrderItemT[]> {
  const queries = items.map((i) => i.query.trim());
  const exact = await exactHits(db, customerId, [...new Set(queries.flatMap((q) => (q ? [q, q.toUpperCase()] : [])))]);
  const exactOf = (q: string) => exact.get(q) ?? exact.get(q.toUpperCase());
  const searches = queries
    .map((q, item) => ({ item, terms: q && !exactOf(q) ? searchTerms(q) : [] }))
    .filter((s) => s.terms.length);
  const found = await searchHits(db, customerId, searches);

  const lists = items.map((item, index): Candidate[] => {
    const hit = queries[index] ? exactOf(queries[index]) : undefined;
    if (hit) {
      const { unit, missing } = unitOf(hit, item.unitName, hit.scannedUnitId);
      return [{ sku: hit, unit, score: 1, coverage: 1, missingUnit: missing }];
    }
    const scored = (found.get(index) ?? []).map((sku, order) => {
      const { unit, missing } = unitOf(sku, item.unitName, null);
      const { score, coverage } = scoreSku(item.query, sku);
      const fit = Math.max(0, Math.round((score - (missing ? MISSING_UNIT_PENALTY : 0)) * 1000) / 1000);
      return { sku, unit, score: fit, coverage, missingUnit: missing, order };
    });
    return scored
      .filter((c) => c.coverage >= MIN_COVERAGE)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, MAX_CANDIDATES);
  });

  const all = lists.flatMap((list, index) => list.map((c) => ({ c, quantity: Math.max(1, items[index].quantity) })));
  const prices = await resolvePrices(
    db,
    customerId,
    all.map(({ c, quantity }) => ({ skuId: c.sku.skuId, unitId: c.unit.id, quantity })),
  );
  const available = await availableBySku(db, [...new Set(all.map(({ c }) => c.sku.skuId))]);
  let next = 0;

  return items.map((item, index) => {
    const list = lists[index];
    let status = decide(list);
    const messages = item.issue ? [item.issue] : [];
    if (status === 'matched' && list[0].missingUnit) {
      messages.push(`${list[0].sku.code} 没有单位「${item.unitName}」/ has no unit ${item.unitName}`);
    }
    if (status === 'matched' && messages.length) status = 'ambiguous';
    return {
      input: item.input,
      row: item.row ?? null,
      query: item.query,
      quantity: item.quantity,
      unitName: item.unitName,
      status,
      message: messages.length ? messages.join('; ') : null,
      candidates: list.map((c) => ({
        skuId: c.sku.skuId,
        code: c.sku.code,
        productName: c.sku.productName,
        skuName: c.sku.skuName,
        unitId: c.unit.id,
        unitName: c.unit.name,
        unitFactor: c.unit.factor,
        unitPrice: prices[next++].unitPrice,
        ...view(available.get(c.sku.skuId) ?? 0),
        score: c.score,
      })),
      chosen: status === 'matched' ? 0 : null,
    };
  });
}

function checkItemCount(count: number, path: string): void {
  if (!count) throw validationFailed([{ path, message: '没有找到商品 / no items found' }]);
  if (count > MAX_ITEMS) {
    throw validationFailed([{ path, message: `最多 ${MAX_ITEMS} 个商品 / at most ${MAX_ITEMS} items (${count})` }]);
  }
}

/** Parses pasted text or a chat message and matches every item for the customer (see `matchItems`). */
export async function quickParse(
  db: DbOrTx,
  user: AuthUser,
  input: { text: string; customerId?: number },
): Promise<QuickParseResultT> {
  const customerId = await orderingCustomer(db, user, input.customerId, '/body/customerId');
  const items = parseQuickOrderText(input.text);
  checkItemCount(items.length, '/body/text');
  return { customerId, items: await matchItems(db, customerId, items, await stockViewFor(db, user)) };
}

/** The same for an uploaded sheet: one item a row (columns 商品编码/条码/名称, 数量, 单位). */
export async function quickParseSheet(
  db: DbOrTx,
  user: AuthUser,
  customerId: number | undefined,
  file: { data: Buffer },
): Promise<QuickParseResultT> {
  const id = await orderingCustomer(db, user, customerId, '/querystring/customerId');
  const sheet = await readSheetCells(file.data).catch(() => {
    throw validationFailed([{ path: '/body/file', message: '无法读取文件，请上传 .xlsx / Not a readable .xlsx file' }]);
  });
  const items = itemsFromSheet(sheet.rows, sheet.rowNumbers);
  checkItemCount(items.length, '/body/file');
  return { customerId: id, items: await matchItems(db, id, items, await stockViewFor(db, user)) };
}
