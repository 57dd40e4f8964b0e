/**
 * The price resolution rules of docs/pricing.md as one pure function over plain data: no database,
 * no clock. `pricing.service.ts` loads the candidate rows and calls `resolve`; the property tests
 * call it directly.
 */
import type { PriceRule, PriceStep } from './pricing.types.ts';

/** A price row limited to the window [startsAt, endsAt) in epoch milliseconds; null = open. */
export interface WindowedRow {
  id: number;
  unitId: number | null;
  price: number;
  startsAt: number | null;
  endsAt: number | null;
}

export interface LevelPriceRow extends WindowedRow {
  levelId: number;
}

export interface QuantityBreakRow extends WindowedRow {
  /** null = a break for every customer. */
  levelId: number | null;
  /** In the row's unit. */
  minQuantity: number;
}

export interface SkuUnit {
  id: number;
  name: string;
  factor: number;
  /** null = factor × the SKU's base price. */
  price: number | null;
}

/** Everything that can decide the price of one SKU for one customer. */
export interface PriceCandidates {
  sku: { id: number; price: number; unitName: string };
  units: SkuUnit[];
  /** The customer's level; null for a customer without one (or no customer). */
  level: { id: number; name: string; discountPercent: number } | null;
  levelPrices: LevelPriceRow[];
  customerPrices: WindowedRow[];
  quantityBreaks: QuantityBreakRow[];
}

export interface ResolveRequest {
  /** null = the SKU's base unit. */
  unitId: number | null;
  quantity: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface Resolution {
  unitPrice: number;
  rule: PriceRule;
  sourceId: number | null;
  /** Every candidate considered, in resolution order; exactly one has `applied: true`. */
  steps: PriceStep[];
}

/** ¥1,234.50 from fen. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** base × percent / 100, rounded half up, in integer arithmetic (no floats touch money). */
export const applyDiscount = (base: number, percent: number): number => Math.floor((base * percent + 50) / 100);

/** 90 → 9折, 85 → 8.5折, 100 → 无折扣. */
export const discountLabel = (percent: number): string => (percent >= 100 ? '无折扣' : `${percent / 10}折`);

/** The wholesale price of one of `unit` (null = base unit): its own price, else factor × the base price. */
export function unitBasePrice(sku: { price: number }, unit: SkuUnit | null): number {
  if (!unit) return sku.price;
  return unit.price ?? unit.factor * sku.price;
}

export const isActive = (row: { startsAt: number | null; endsAt: number | null }, at: number): boolean =>
  (row.startsAt === null || row.startsAt <= at) && (row.endsAt === null || at < row.endsAt);

/** Rule (6): among rows of one kind, the latest start wins (an open start is the earliest), then the highest id. */
const byPrecedence = (a: WindowedRow, b: WindowedRow): number =>
  (b.startsAt ?? Number.NEGATIVE_INFINITY) - (a.startsAt ?? Number.NEGATIVE_INFINITY) || b.id - a.id;

const ruleNames: Record<PriceRule, string> = {
  base: '基础价',
  level_discount: '等级折扣',
  level_price: '等级价',
  customer_price: '客户专属价',
  quantity_break: '阶梯价',
};

/**
 * Resolves the unit price of `request` from `candidates`, following docs/pricing.md exactly:
 * (1) the unit's base price; (2) the level discount; (3) an active level price beats it; (4) an active
 * customer price beats both; (5) the lowest active quantity break reached by the quantity wins if it is
 * lower still; (6) among active rows of one kind the latest start, then the highest id, wins.
 * Throws when the unit is not one of the SKU's (callers validate first).
 */
export function resolve(candidates: PriceCandidates, request: ResolveRequest): Resolution {
  const { sku, level } = candidates;
  const unit = request.unitId === null ? null : (candidates.units.find((u) => u.id === request.unitId) ?? null);
  if (request.unitId !== null && !unit) throw new Error(`unit ${request.unitId} is not a unit of SKU ${sku.id}`);
  const unitName = unit?.name ?? sku.unitName;
  const forUnit = <T extends WindowedRow>(rows: T[]) => rows.filter((r) => r.unitId === request.unitId);
  const inactiveNote = (row: WindowedRow) =>
    row.startsAt !== null && request.at < row.startsAt ? '尚未生效' : '已过期';

  // (1) The unit's base wholesale price.
  const base = unitBasePrice(sku, unit);
  const baseDetail = unit && unit.price === null ? ` (${unit.factor} × ${yuan(sku.price)})` : '';
  const steps: PriceStep[] = [
    {
      rule: 'base',
      price: base,
      applied: false,
      sourceId: null,
      note: `基础批发价 ${yuan(base)}/${unitName}${baseDetail}${level ? '' : '，无客户等级不打折'}`,
    },
  ];
  let price = base;
  let winner = 0;
  const take = (step: Omit<PriceStep, 'applied'>) => {
    steps.push({ ...step, applied: false });
    price = step.price;
    winner = steps.length - 1;
  };

  // (2) The level's discount.
  if (level) {
    const discounted = applyDiscount(base, level.discountPercent);
    take({
      rule: 'level_discount',
      price: discounted,
      sourceId: null,
      note: `${level.name} ${discountLabel(level.discountPercent)}: ${yuan(base)} × ${level.discountPercent}% = ${yuan(discounted)}`,
    });
  }

  // (3) and (4): a fixed row of each kind replaces the price so far, whether higher or lower.
  const fixed = (rule: 'level_price' | 'customer_price', rows: WindowedRow[], beats: string) => {
    let chosen = false;
    for (const row of [...forUnit(rows)].sort(byPrecedence)) {
      const label = `${ruleNames[rule]} ${yuan(row.price)}`;
      if (!isActive(row, request.at)) {
        steps.push({
          rule,
          price: row.price,
          applied: false,
          sourceId: row.id,
          note: `${label} (${inactiveNote(row)})`,
        });
      } else if (chosen) {
        steps.push({
          rule,
          price: row.price,
          applied: false,
          sourceId: row.id,
          note: `${label} (被更新的${ruleNames[rule]}取代)`,
        });
      } else {
        chosen = true;
        take({ rule, price: row.price, sourceId: row.id, note: `${label} (优先于${beats})` });
      }
    }
  };
  const levelRows = level ? candidates.levelPrices.filter((r) => r.levelId === level.id) : [];
  fixed('level_price', levelRows, level ? '等级折扣' : '基础价');
  fixed('customer_price', candidates.customerPrices, ruleNames[steps[winner].rule]);

  // (5) Quantity breaks for the customer's level or for everyone: the lowest one reached, if lower.
  const breaks = forUnit(candidates.quantityBreaks)
    .filter((r) => r.levelId === null || r.levelId === level?.id)
    .sort((a, b) => a.minQuantity - b.minQuantity || a.price - b.price || byPrecedence(a, b));
  const reached = breaks.filter((r) => isActive(r, request.at) && r.minQuantity <= request.quantity);
  const best = reached.reduce<QuantityBreakRow | null>(
    (min, r) => (min === null || r.price < min.price || (r.price === min.price && byPrecedence(r, min) < 0) ? r : min),
    null,
  );
  const before = price;
  for (const row of breaks) {
    const scope = row.levelId === null ? '' : `${level?.name ?? ''}专享`;
    const label = `${scope}阶梯价 满${row.minQuantity}${unitName} ${yuan(row.price)}`;
    const step = { rule: 'quantity_break' as const, price: row.price, sourceId: row.id };
    if (!isActive(row, request.at)) steps.push({ ...step, applied: false, note: `${label} (${inactiveNote(row)})` });
    else if (row.minQuantity > request.quantity)
      steps.push({ ...step, applied: false, note: `${label} (数量 ${request.quantity} 未达到)` });
    else if (row !== best) steps.push({ ...step, applied: false, note: `${label} (已有更低的阶梯价)` });
    else if (row.price < before) take({ ...step, note: `${label} (低于 ${yuan(before)}，采用)` });
    else steps.push({ ...step, applied: false, note: `${label} (不低于 ${yuan(before)}，不采用)` });
  }

  steps[winner].applied = true;
  const won = steps[winner];
  return { unitPrice: won.price, rule: won.rule, sourceId: won.sourceId, steps };
}
