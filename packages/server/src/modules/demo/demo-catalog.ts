/**
 * Turns the demo's pack specs ("330ml×24罐/箱") into SKUs with a base unit, specs, order step and a
 * case unit, and lists the demo's special prices. Pure data and arithmetic; demo.seed.ts writes it.
 */
import type { DemoSku } from './demo-data.ts';

export interface DemoSkuShape {
  specs: Record<string, string>;
  unit: string;
  /** Base unit price, fen. */
  price: number;
  retailPrice: number;
  minOrderQty: number;
  orderStep: number;
  caseUnit: { name: string; factor: number; price: number; retailPrice: number } | null;
}

const packPattern = /^(?:(.+?) )?(\S+)×(\d+)(\S)\/(箱|件)$/;
/** Round up to whole jiao (10 fen), as shelf prices are. */
const toJiao = (fen: number) => Math.ceil(fen / 10) * 10;

/**
 * "330ml×24罐/箱" at ¥45.00 a case becomes: base unit 罐 at ¥2.00 (a broken case costs ~5 % more
 * per can), a 箱 unit of 24 at ¥45.00, ordered in sixes; a 15-bottle case is sold whole only.
 */
export function demoSkuShape(sku: DemoSku, productUnit: string): DemoSkuShape {
  const m = packPattern.exec(sku.name);
  if (!m) {
    return {
      specs: { 规格: sku.name },
      unit: productUnit,
      price: sku.price,
      retailPrice: sku.retailPrice,
      minOrderQty: 1,
      orderStep: 1,
      caseUnit: null,
    };
  }
  const [, flavour, size, count, inner, outer] = m;
  const factor = Number(count);
  const step = factor % 6 === 0 ? 6 : factor;
  return {
    specs: flavour ? { 口味: flavour, 规格: size } : { 规格: size },
    unit: inner,
    price: toJiao((sku.price * 105) / 100 / factor),
    retailPrice: toJiao(sku.retailPrice / factor),
    minOrderQty: step,
    orderStep: step,
    caseUnit: { name: outer, factor, price: sku.price, retailPrice: sku.retailPrice },
  };
}

/** Tags shown as badges in the portal. */
export const demoProductTags: Record<string, string[]> = {
  可口可乐: ['hot'],
  '农夫山泉 饮用天然水': ['hot'],
  '元气森林 苏打气泡水': ['new'],
  '康师傅 冰红茶': ['promo'],
};

/** Products only some levels may see (by level name). */
export const demoVisibility: Record<string, string[]> = {
  '可口可乐 零度 无糖': ['银牌客户', '金牌客户'],
};

/** Fixed level prices for whole cases (SKU code → level name → fen). */
export const demoLevelCasePrices: { code: string; level: string; price: number }[] = [
  { code: 'YL-KKL-330-24', level: '金牌客户', price: 3980 },
  { code: 'YL-NFSQ-550-24', level: '银牌客户', price: 2250 },
];

/** Prices agreed with one customer (customer key → SKU code → case price in fen). */
export const demoCustomerCasePrices: { customer: string; code: string; price: number; note: string }[] = [
  { customer: 'restaurant', code: 'YL-KKL-500-24', price: 4580, note: '年度框架协议价' },
  { customer: 'restaurant', code: 'YL-XB-330-24', price: 3900, note: '年度框架协议价' },
  { customer: 'chain_hq', code: 'YL-NFSQ-550-24', price: 2180, note: '连锁统一采购价' },
];

/** Quantity breaks on cases for everyone (SKU code → tiers); a tier shows only where it beats the customer's price. */
export const demoCaseBreaks: { code: string; tiers: { minQuantity: number; price: number }[] }[] = [
  {
    code: 'YL-NFSQ-550-24',
    tiers: [
      { minQuantity: 10, price: 2100 },
      { minQuantity: 50, price: 1980 },
    ],
  },
  {
    code: 'YL-KKL-330-24',
    tiers: [
      { minQuantity: 20, price: 4300 },
      { minQuantity: 100, price: 4150 },
    ],
  },
];

/** Opening stock per SKU in cases (or base units for SKUs without a case), cycled over the catalog. */
export const demoOpeningCases = [36, 20, 55, 12, 2, 48, 30, 0, 64, 18, 9, 40];
