import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDiscount,
  isActive,
  type LevelPriceRow,
  type PriceCandidates,
  type QuantityBreakRow,
  resolve,
  type WindowedRow,
  yuan,
} from './price-rules.ts';

const AT = Date.UTC(2026, 5, 1, 4, 0, 0);
const DAY = 86_400_000;
const LEVEL = { id: 7, name: '金牌', discountPercent: 90 };
const UNITS = [
  { id: 101, name: '箱', factor: 24, price: null },
  { id: 102, name: '提', factor: 6, price: 1_500 },
];

const price = fc.integer({ min: 0, max: 1_000_000 });
const offset = fc.integer({ min: 1, max: 400 * DAY });
const unitId = fc.constantFrom<number | null>(null, 101, 102);

/** A window that contains AT. */
const activeWindow = fc.record({
  startsAt: fc.option(offset.map((o) => AT - o)),
  endsAt: fc.option(offset.map((o) => AT + o)),
});
/** A window that ended at or before AT ([s, e) excludes e). */
const expiredWindow = fc
  .tuple(fc.integer({ min: 0, max: 400 * DAY }), fc.option(offset))
  .map(([end, length]) => ({ endsAt: AT - end, startsAt: length === null ? null : AT - end - length }));
/** A window that starts after AT. */
const futureWindow = fc
  .tuple(offset, fc.option(offset))
  .map(([start, length]) => ({ startsAt: AT + start, endsAt: length === null ? null : AT + start + length }));
const inactiveWindow = fc.oneof(expiredWindow, futureWindow);
const anyWindow = fc.oneof(activeWindow, inactiveWindow);

type Window = { startsAt: number | null; endsAt: number | null };
const rows = (window: fc.Arbitrary<Window>, unit: fc.Arbitrary<number | null> = unitId) =>
  fc.array(fc.record({ unitId: unit, price, window }), { maxLength: 4 });
const breakRows = (window: fc.Arbitrary<Window>, unit: fc.Arbitrary<number | null> = unitId) =>
  fc.array(
    fc.record({
      unitId: unit,
      price,
      window,
      minQuantity: fc.integer({ min: 2, max: 100 }),
      levelId: fc.constantFrom<number | null>(null, LEVEL.id, 99),
    }),
    { maxLength: 5 },
  );

/** Gives rows ids that are unique across all kinds, so a sourceId names exactly one row. */
function candidates(parts: {
  skuPrice: number;
  level: boolean;
  levelPrices: { unitId: number | null; price: number; window: Window }[];
  customerPrices: { unitId: number | null; price: number; window: Window }[];
  breaks: { unitId: number | null; price: number; window: Window; minQuantity: number; levelId: number | null }[];
}): PriceCandidates {
  let id = 1;
  const windowed = (r: { unitId: number | null; price: number; window: Window }): WindowedRow => ({
    id: id++,
    unitId: r.unitId,
    price: r.price,
    ...r.window,
  });
  return {
    sku: { id: 1, price: parts.skuPrice, unitName: '瓶' },
    units: UNITS,
    level: parts.level ? LEVEL : null,
    levelPrices: parts.levelPrices.map((r): LevelPriceRow => ({ ...windowed(r), levelId: LEVEL.id })),
    customerPrices: parts.customerPrices.map(windowed),
    quantityBreaks: parts.breaks.map(
      (r): QuantityBreakRow => ({ ...windowed(r), minQuantity: r.minQuantity, levelId: r.levelId }),
    ),
  };
}

const scenario = (options: { window?: fc.Arbitrary<Window>; level?: fc.Arbitrary<boolean> } = {}) =>
  fc
    .record({
      skuPrice: fc.integer({ min: 0, max: 100_000 }),
      level: options.level ?? fc.boolean(),
      levelPrices: rows(options.window ?? anyWindow),
      customerPrices: rows(options.window ?? anyWindow),
      breaks: breakRows(options.window ?? anyWindow),
    })
    .map(candidates);

const quantity = fc.integer({ min: 1, max: 200 });
const baseOf = (c: PriceCandidates, unit: number | null) => {
  const u = c.units.find((x) => x.id === unit);
  return u ? (u.price ?? u.factor * c.sku.price) : c.sku.price;
};
const precedence = (a: WindowedRow, b: WindowedRow) =>
  (b.startsAt ?? Number.NEGATIVE_INFINITY) - (a.startsAt ?? Number.NEGATIVE_INFINITY) || b.id - a.id;
const winnerOf = (list: WindowedRow[], unit: number | null) =>
  list.filter((r) => r.unitId === unit && isActive(r, AT)).sort(precedence)[0];
const lowestBreak = (c: PriceCandidates, unit: number | null, q: number) =>
  Math.min(
    ...c.quantityBreaks
      .filter(
        (b) =>
          b.unitId === unit &&
          isActive(b, AT) &&
          b.minQuantity <= q &&
          (b.levelId === null || b.levelId === c.level?.id),
      )
      .map((b) => b.price),
  );

describe('resolve(): the price rules as properties', () => {
  it('a customer price always wins over the level price and the discount, unless a lower quantity break applies', () => {
    fc.assert(
      fc.property(
        scenario(),
        unitId,
        quantity,
        fc.record({ unitId, price, window: activeWindow }),
        (c, unit, q, extra) => {
          const withCustomer = {
            ...c,
            customerPrices: [...c.customerPrices, { id: 999, ...extra, unitId: unit, ...extra.window }],
          };
          const customer = winnerOf(withCustomer.customerPrices, unit);
          const result = resolve(withCustomer, { unitId: unit, quantity: q, at: AT });
          const cheapestBreak = lowestBreak(withCustomer, unit, q);
          if (cheapestBreak < customer.price) {
            expect(result).toMatchObject({ rule: 'quantity_break', unitPrice: cheapestBreak });
          } else {
            expect(result).toMatchObject({ rule: 'customer_price', unitPrice: customer.price, sourceId: customer.id });
          }
        },
      ),
    );
  });

  it('an active level price beats the discount, higher or lower, and loses to a customer price', () => {
    fc.assert(
      fc.property(scenario({ level: fc.constant(true) }), unitId, (c, unit) => {
        const levelRow = winnerOf(c.levelPrices, unit);
        const customerRow = winnerOf(c.customerPrices, unit);
        const result = resolve({ ...c, quantityBreaks: [] }, { unitId: unit, quantity: 1, at: AT });
        if (customerRow) expect(result.rule).toBe('customer_price');
        else if (levelRow) expect(result).toMatchObject({ rule: 'level_price', unitPrice: levelRow.price });
        else
          expect(result).toMatchObject({
            rule: 'level_discount',
            unitPrice: applyDiscount(baseOf(c, unit), LEVEL.discountPercent),
          });
      }),
    );
  });

  it('a quantity break never raises the price of more units: price(q + k) ≤ price(q)', () => {
    fc.assert(
      fc.property(scenario(), unitId, quantity, fc.integer({ min: 0, max: 200 }), (c, unit, q, k) => {
        const fewer = resolve(c, { unitId: unit, quantity: q, at: AT }).unitPrice;
        const more = resolve(c, { unitId: unit, quantity: q + k, at: AT }).unitPrice;
        expect(more).toBeLessThanOrEqual(fewer);
      }),
    );
  });

  it('an expired or future row never applies', () => {
    fc.assert(
      fc.property(scenario({ window: inactiveWindow }), unitId, quantity, (c, unit, q) => {
        const result = resolve(c, { unitId: unit, quantity: q, at: AT });
        const bare = resolve(
          { ...c, levelPrices: [], customerPrices: [], quantityBreaks: [] },
          { unitId: unit, quantity: q, at: AT },
        );
        expect(result.unitPrice).toBe(bare.unitPrice);
        expect(result.sourceId).toBeNull();
        expect(['base', 'level_discount']).toContain(result.rule);
      }),
    );
    // Mixed windows: the winning row, if any, is active at the time asked.
    fc.assert(
      fc.property(scenario(), unitId, quantity, (c, unit, q) => {
        const { sourceId } = resolve(c, { unitId: unit, quantity: q, at: AT });
        if (sourceId === null) return;
        const row = [...c.levelPrices, ...c.customerPrices, ...c.quantityBreaks].find((r) => r.id === sourceId);
        expect(row && isActive(row, AT)).toBe(true);
      }),
    );
  });

  it('the window is [startsAt, endsAt): a row applies from its start and not at its end', () => {
    const row = { id: 5, unitId: null, price: 100, startsAt: AT, endsAt: AT + DAY };
    const c = candidates({ skuPrice: 500, level: false, levelPrices: [], customerPrices: [], breaks: [] });
    const at = (t: number) => resolve({ ...c, customerPrices: [row] }, { unitId: null, quantity: 1, at: t }).unitPrice;
    expect([at(AT - 1), at(AT), at(AT + DAY - 1), at(AT + DAY)]).toEqual([500, 100, 100, 500]);
  });

  it('rounds the discount half up, in integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 1, max: 100 }), (base, pct) => {
        const exact = (BigInt(base) * BigInt(pct) * 2n + 100n) / 200n; // floor(x + 0.5)
        const discounted = applyDiscount(base, pct);
        expect(Number.isInteger(discounted)).toBe(true);
        expect(BigInt(discounted)).toBe(exact);
        const c = candidates({ skuPrice: base, level: true, levelPrices: [], customerPrices: [], breaks: [] });
        const result = resolve(
          { ...c, level: { ...LEVEL, discountPercent: pct } },
          { unitId: null, quantity: 1, at: AT },
        );
        expect(result).toMatchObject({ rule: 'level_discount', unitPrice: discounted });
      }),
    );
    expect(applyDiscount(5, 90)).toBe(5); // 4.5 → 5
    expect(applyDiscount(15, 90)).toBe(14); // 13.5 → 14
    expect(applyDiscount(333, 85)).toBe(283); // 283.05 → 283
    expect(applyDiscount(1, 50)).toBe(1); // 0.5 → 1
  });

  it('with no level and no rows the price is the unit’s base price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), unitId, quantity, (skuPrice, unit, q) => {
        const c = candidates({ skuPrice, level: false, levelPrices: [], customerPrices: [], breaks: [] });
        expect(resolve(c, { unitId: unit, quantity: q, at: AT })).toMatchObject({
          rule: 'base',
          unitPrice: baseOf(c, unit),
          sourceId: null,
        });
      }),
    );
  });

  it('among active rows of one kind the latest start wins, then the highest id', () => {
    const c = candidates({ skuPrice: 1000, level: false, levelPrices: [], customerPrices: [], breaks: [] });
    const rowsOf = (list: [number, number | null][]) =>
      list.map(([id, startsAt]) => ({ id, unitId: null, price: id * 10, startsAt, endsAt: null }));
    const pick = (list: [number, number | null][]) =>
      resolve({ ...c, customerPrices: rowsOf(list) }, { unitId: null, quantity: 1, at: AT }).sourceId;
    expect(
      pick([
        [1, null],
        [2, AT - DAY],
        [3, AT - 2 * DAY],
      ]),
    ).toBe(2);
    expect(
      pick([
        [4, null],
        [3, null],
      ]),
    ).toBe(4);
    expect(
      pick([
        [1, AT - DAY],
        [2, AT - DAY],
      ]),
    ).toBe(2);
    expect(
      pick([
        [1, AT - DAY],
        [2, AT + DAY],
      ]),
    ).toBe(1);
  });

  it('lists every candidate for the unit, with exactly one applied step that is the result', () => {
    fc.assert(
      fc.property(scenario(), unitId, quantity, (c, unit, q) => {
        const result = resolve(c, { unitId: unit, quantity: q, at: AT });
        const applied = result.steps.filter((s) => s.applied);
        expect(applied).toHaveLength(1);
        expect(applied[0]).toMatchObject({ rule: result.rule, price: result.unitPrice, sourceId: result.sourceId });
        const considered = [
          ...(c.level ? c.levelPrices : []),
          ...c.customerPrices,
          ...c.quantityBreaks.filter((b) => b.levelId === null || b.levelId === c.level?.id),
        ].filter((r) => r.unitId === unit);
        expect(
          result.steps
            .filter((s) => s.sourceId !== null)
            .map((s) => s.sourceId)
            .sort(),
        ).toEqual(considered.map((r) => r.id).sort());
      }),
    );
  });

  it('explains each step in Chinese', () => {
    const c = candidates({
      skuPrice: 350,
      level: true,
      levelPrices: [{ unitId: null, price: 300, window: { startsAt: null, endsAt: null } }],
      customerPrices: [{ unitId: null, price: 320, window: { startsAt: null, endsAt: null } }],
      breaks: [
        { unitId: null, price: 280, minQuantity: 10, levelId: null, window: { startsAt: null, endsAt: null } },
        { unitId: null, price: 250, minQuantity: 50, levelId: null, window: { startsAt: null, endsAt: AT } },
      ],
    });
    const { steps } = resolve(c, { unitId: null, quantity: 12, at: AT });
    expect(steps.map((s) => [s.rule, s.applied, s.note])).toEqual([
      ['base', false, '基础批发价 ¥3.50/瓶'],
      ['level_discount', false, '金牌 9折: ¥3.50 × 90% = ¥3.15'],
      ['level_price', false, '等级价 ¥3.00 (优先于等级折扣)'],
      ['customer_price', false, '客户专属价 ¥3.20 (优先于等级价)'],
      ['quantity_break', true, '阶梯价 满10瓶 ¥2.80 (低于 ¥3.20，采用)'],
      ['quantity_break', false, '阶梯价 满50瓶 ¥2.50 (已过期)'],
    ]);
    const box = resolve({ ...c, level: null }, { unitId: 101, quantity: 1, at: AT });
    expect(box.steps[0].note).toBe('基础批发价 ¥84.00/箱 (24 × ¥3.50)，无客户等级不打折');
    expect(yuan(123456789)).toBe('¥1,234,567.89');
  });
});
