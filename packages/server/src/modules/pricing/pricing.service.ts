import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type FieldError, notFound, validationFailed } from '../../lib/errors.ts';
import { bigintArray, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { assertCustomerInScope, instantOf } from './price-inputs.ts';
import {
  type LevelPriceRow,
  type PriceCandidates,
  type QuantityBreakRow,
  resolve,
  type SkuUnit,
  unitBasePrice,
  type WindowedRow,
} from './price-rules.ts';
import type { PriceExplanation, PriceRequest, ResolvedPrice } from './pricing.types.ts';

interface CandidateRow {
  skuId: number;
  price: number;
  unitName: string;
  customerFound: boolean;
  levelId: number | null;
  levelName: string | null;
  discountPercent: number | null;
  units: SkuUnit[];
  levelPrices: LevelPriceRow[];
  customerPrices: WindowedRow[];
  quantityBreaks: QuantityBreakRow[];
}

interface Loaded {
  customerFound: boolean;
  bySku: Map<number, PriceCandidates>;
}

/** A timestamptz column as epoch milliseconds (null stays null), the form `resolve` compares. */
const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * The candidate rows of every SKU in `skuIds` for one customer, in ONE statement: the customer's
 * level, the SKUs' units, and the level prices, customer prices and quantity breaks that could apply.
 * With `activeAt` only rows active at that time are loaded; without it every row (for explanations).
 */
async function loadCandidates(
  db: DbOrTx,
  customerId: number | null,
  skuIds: number[],
  activeAt: Date | null,
): Promise<Loaded> {
  const ids = [...new Set(skuIds)];
  if (!ids.length) return { customerFound: true, bySku: new Map() };
  const active = (alias: string) =>
    activeAt
      ? sql`AND (${sql.raw(alias)}.starts_at IS NULL OR ${sql.raw(alias)}.starts_at <= ${activeAt.toISOString()}::timestamptz)
            AND (${sql.raw(alias)}.ends_at IS NULL OR ${sql.raw(alias)}.ends_at > ${activeAt.toISOString()}::timestamptz)`
      : sql``;
  const windowed = (alias: string) =>
    sql.raw(`'id', ${alias}.id, 'unitId', ${alias}.unit_id, 'price', ${alias}.price,
             'startsAt', ${epochMs(`${alias}.starts_at`)}, 'endsAt', ${epochMs(`${alias}.ends_at`)}`);
  const rows = await queryRows<CandidateRow>(
    db,
    sql`WITH cust AS (
          SELECT c.id, c.level_id, l.name AS level_name, l.discount_percent
            FROM customers c LEFT JOIN customer_levels l ON l.id = c.level_id
           WHERE c.id = ${customerId})
        SELECT s.id::int AS "skuId", s.price::float8 AS price, s.unit AS "unitName",
               cust.id IS NOT NULL AS "customerFound", cust.level_id::int AS "levelId",
               cust.level_name AS "levelName", cust.discount_percent AS "discountPercent",
               (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'factor', u.factor,
                                                           'price', u.price)), '[]')
                  FROM sku_units u WHERE u.sku_id = s.id) AS units,
               (SELECT coalesce(json_agg(json_build_object(${windowed('r')}, 'levelId', r.level_id)), '[]')
                  FROM level_prices r
                 WHERE r.sku_id = s.id AND r.level_id = cust.level_id ${active('r')}) AS "levelPrices",
               (SELECT coalesce(json_agg(json_build_object(${windowed('r')})), '[]')
                  FROM customer_prices r
                 WHERE r.sku_id = s.id AND r.customer_id = cust.id ${active('r')}) AS "customerPrices",
               (SELECT coalesce(json_agg(json_build_object(${windowed('r')}, 'levelId', r.level_id,
                                                           'minQuantity', r.min_quantity)), '[]')
                  FROM quantity_breaks r
                 WHERE r.sku_id = s.id AND (r.level_id IS NULL OR r.level_id = cust.level_id) ${active('r')})
                 AS "quantityBreaks"
          FROM skus s LEFT JOIN cust ON true
         WHERE s.id = ANY(${bigintArray(ids)})`,
  );
  const bySku = new Map<number, PriceCandidates>();
  for (const row of rows) {
    bySku.set(row.skuId, {
      sku: { id: row.skuId, price: row.price, unitName: row.unitName },
      units: row.units,
      level:
        row.levelId === null
          ? null
          : { id: row.levelId, name: row.levelName ?? '', discountPercent: row.discountPercent ?? 100 },
      levelPrices: row.levelPrices,
      customerPrices: row.customerPrices,
      quantityBreaks: row.quantityBreaks,
    });
  }
  // With no SKU found (or none asked for) the customer's existence is unknown; callers then fail on the SKU.
  const customerFound = customerId === null || (rows[0]?.customerFound ?? true);
  return { customerFound, bySku };
}

/** Checks that every request names a known SKU, one of its units and a positive whole quantity. */
function checkRequests(
  requests: PriceRequest[],
  bySku: Map<number, PriceCandidates>,
  pathOf: (index: number, field: string) => string,
): void {
  const fields: FieldError[] = [];
  requests.forEach((request, i) => {
    const candidates = bySku.get(request.skuId);
    if (!candidates) fields.push({ path: pathOf(i, 'skuId'), message: `SKU ${request.skuId} does not exist` });
    else if (request.unitId !== null && !candidates.units.some((u) => u.id === request.unitId)) {
      fields.push({
        path: pathOf(i, 'unitId'),
        message: `unit ${request.unitId} is not a unit of SKU ${request.skuId}`,
      });
    }
    if (!Number.isSafeInteger(request.quantity) || request.quantity < 1) {
      fields.push({ path: pathOf(i, 'quantity'), message: 'must be a whole number ≥ 1' });
    }
  });
  if (fields.length) throw validationFailed(fields);
}

/**
 * The unit price of every request for one customer (null: no customer, base prices and breaks for
 * everyone) at `at`, in request order, by the rules of docs/pricing.md. Loads the candidate rows of all
 * requests in one statement. An unknown SKU, a unit of another SKU or a bad quantity throws
 * VALIDATION_FAILED with the path `/body/lines/<index>/<field>`; an unknown customer NOT_FOUND.
 */
export async function resolvePrices(
  db: DbOrTx,
  customerId: number | null,
  requests: PriceRequest[],
  at: Date = new Date(),
): Promise<ResolvedPrice[]> {
  const { customerFound, bySku } = await loadCandidates(
    db,
    customerId,
    requests.map((r) => r.skuId),
    at,
  );
  checkRequests(requests, bySku, (i, field) => `/body/lines/${i}/${field}`);
  if (!customerFound) throw notFound('Customer');
  const time = at.getTime();
  return requests.map((request) => {
    const { unitPrice, rule, sourceId } = resolve(bySku.get(request.skuId) as PriceCandidates, {
      unitId: request.unitId,
      quantity: request.quantity,
      at: time,
    });
    return { ...request, unitPrice, rule, sourceId };
  });
}

export interface QuantityTier {
  /** null = the base unit. */
  unitId: number | null;
  /** In that unit. */
  minQuantity: number;
  /** The customer's effective unit price from this quantity on, fen. */
  unitPrice: number;
}

/**
 * The quantity-break table a customer sees on a product page: for each SKU, every active break that
 * lowers this customer's own price, with the effective unit price from that quantity on (computed by
 * `resolve`, so it already counts customer and level prices). Sorted by unit (base first), then
 * quantity; a break that would not lower the price below the tier before it is left out. SKUs that do
 * not exist are absent from the map.
 */
export async function quantityTiers(
  db: DbOrTx,
  customerId: number | null,
  skuIds: number[],
  at: Date = new Date(),
): Promise<Map<number, QuantityTier[]>> {
  const { bySku } = await loadCandidates(db, customerId, skuIds, at);
  const time = at.getTime();
  const tiers = new Map<number, QuantityTier[]>();
  for (const [skuId, candidates] of bySku) {
    const list: QuantityTier[] = [];
    const unitIds = [...new Set(candidates.quantityBreaks.map((b) => b.unitId))].sort((a, b) => (a ?? 0) - (b ?? 0));
    for (const unitId of unitIds) {
      // Breaks of a unit the SKU no longer has cannot be asked for.
      if (unitId !== null && !candidates.units.some((u) => u.id === unitId)) continue;
      let previous = resolve(candidates, { unitId, quantity: 1, at: time }).unitPrice;
      const quantities = [
        ...new Set(candidates.quantityBreaks.filter((b) => b.unitId === unitId).map((b) => b.minQuantity)),
      ].sort((a, b) => a - b);
      for (const minQuantity of quantities) {
        const { unitPrice } = resolve(candidates, { unitId, quantity: minQuantity, at: time });
        if (unitPrice < previous) list.push({ unitId, minQuantity, unitPrice });
        previous = Math.min(previous, unitPrice);
      }
    }
    tiers.set(skuId, list);
  }
  return tiers;
}

/**
 * Which rule sets the price of `request` for the customer at `at`, with every candidate row considered
 * (including inactive ones, marked as such). Paths of bad input point into the query string.
 */
export async function explainPrice(
  db: DbOrTx,
  customerId: number,
  request: PriceRequest,
  at: Date = new Date(),
): Promise<PriceExplanation> {
  const { customerFound, bySku } = await loadCandidates(db, customerId, [request.skuId], null);
  checkRequests([request], bySku, (_i, field) => `/querystring/${field}`);
  if (!customerFound) throw notFound('Customer');
  const candidates = bySku.get(request.skuId) as PriceCandidates;
  const unit = candidates.units.find((u) => u.id === request.unitId) ?? null;
  const resolution = resolve(candidates, { unitId: request.unitId, quantity: request.quantity, at: at.getTime() });
  return {
    ...request,
    customerId,
    at: at.toISOString(),
    unitPrice: resolution.unitPrice,
    rule: resolution.rule,
    sourceId: resolution.sourceId,
    unitName: unit?.name ?? candidates.sku.unitName,
    basePrice: unitBasePrice(candidates.sku, unit),
    levelId: candidates.level?.id ?? null,
    levelName: candidates.level?.name ?? null,
    discountPercent: candidates.level?.discountPercent ?? null,
    steps: resolution.steps,
  };
}

/** `explainPrice` for a customer in the user's scope; another salesperson's customer is NOT_FOUND. */
export async function explainPriceFor(
  db: DbOrTx,
  user: AuthUser,
  query: { customerId: number; skuId: number; unitId?: number; quantity?: number; at?: string },
): Promise<PriceExplanation> {
  await assertCustomerInScope(db, user, query.customerId);
  const request = { skuId: query.skuId, unitId: query.unitId ?? null, quantity: query.quantity ?? 1 };
  return explainPrice(db, query.customerId, request, query.at ? instantOf(query.at, '/querystring/at') : new Date());
}
