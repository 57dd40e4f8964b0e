import type { ProductSku, ProductSkuBody } from '../../api/types.ts';
import { fenToYuan, yuanToFen } from '../../lib/money.ts';

type OnOff = ProductSku['status'];

/** A spec attribute and its values as the editor holds them, e.g. 口味: 原味, 无糖. */
export interface SpecDef {
  name: string;
  values: string[];
}

/** A unit row of the SKU table; prices in yuan as typed. */
export interface UnitFormRow {
  id?: number;
  name: string;
  factor: number;
  price?: number | null;
  retailPrice?: number | null;
  barcode?: string | null;
  isDefault?: boolean;
}

/** A row of the SKU table; prices in yuan as typed, converted to fen only when saving. */
export interface SkuFormRow {
  id?: number;
  /** React key: stable across regenerations. */
  key: string;
  specs: Record<string, string>;
  code: string;
  name?: string;
  barcode?: string | null;
  unit: string;
  price?: number | null;
  retailPrice?: number | null;
  minOrderQty: number;
  orderStep: number;
  status: OnOff;
  units: UnitFormRow[];
}

/** Spec names with at least one value and their distinct, trimmed values; blanks are ignored. */
export function usableSpecs(defs: readonly SpecDef[]): SpecDef[] {
  const seen = new Set<string>();
  const result: SpecDef[] = [];
  for (const def of defs) {
    const name = def.name.trim();
    const values = [...new Set(def.values.map((value) => value.trim()).filter(Boolean))];
    if (!name || seen.has(name) || values.length === 0) continue;
    seen.add(name);
    result.push({ name, values });
  }
  return result;
}

/** Every combination of spec values, in spec order (the first spec varies slowest). */
export function cartesian(defs: readonly SpecDef[]): Record<string, string>[] {
  return defs.reduce<Record<string, string>[]>(
    (combos, def) => combos.flatMap((combo) => def.values.map((value) => ({ ...combo, [def.name]: value }))),
    [{}],
  );
}

const comboKey = (combo: Record<string, string>) => JSON.stringify(Object.entries(combo));

/**
 * The SKU rows for the given specs: one per combination of values. A row that already exists keeps
 * its id, code and prices; a row made before a spec was added counts as having that spec's first
 * value, so adding 规格 to a product sold by 口味 extends its SKUs instead of replacing them. New rows
 * copy unit, prices, MOQ and step from `template` (the first existing row) so only the code is left.
 */
export function generateSkuRows(
  defs: readonly SpecDef[],
  rows: readonly SkuFormRow[],
  defaultUnit = '件',
): SkuFormRow[] {
  const specs = usableSpecs(defs);
  const combos = cartesian(specs);
  const unused = [...rows];
  const template = rows[0];
  const matches = (row: SkuFormRow, combo: Record<string, string>, lenient: boolean) =>
    specs.every((spec) => {
      const value = row.specs[spec.name];
      return value === combo[spec.name] || (lenient && value === undefined && combo[spec.name] === spec.values[0]);
    });
  // Exact matches first, so a lenient match never takes a row another combination names exactly.
  const kept: (SkuFormRow | undefined)[] = combos.map((combo) => take(unused, (row) => matches(row, combo, false)));
  for (const [i, combo] of combos.entries()) kept[i] ??= take(unused, (row) => matches(row, combo, true));
  return combos.map((combo, i) => {
    const row = kept[i];
    // Values of specs no longer in use stay on the row (the body leaves them out), so putting a spec
    // back finds its rows again.
    if (row) return { ...row, specs: { ...row.specs, ...combo } };
    return {
      key: `new-${comboKey(combo)}`,
      specs: combo,
      code: '',
      barcode: null,
      unit: template?.unit ?? defaultUnit,
      price: template?.price ?? null,
      retailPrice: template?.retailPrice ?? null,
      minOrderQty: template?.minOrderQty ?? 1,
      orderStep: template?.orderStep ?? 1,
      status: 'on',
      units: (template?.units ?? []).map(({ id: _id, barcode: _barcode, ...unit }) => unit),
    };
  });
}

function take<T>(list: T[], predicate: (item: T) => boolean): T | undefined {
  const index = list.findIndex(predicate);
  return index >= 0 ? list.splice(index, 1)[0] : undefined;
}

/** Rows with spec `from` renamed to `to`, values kept. */
export function renameSpec(rows: readonly SkuFormRow[], from: string, to: string): SkuFormRow[] {
  return rows.map((row) => {
    if (!(from in row.specs)) return row;
    const { [from]: value, ...rest } = row.specs;
    return { ...row, specs: { ...rest, [to]: value } };
  });
}

/** The spec editor's starting point: the product's spec names and the values its SKUs use. */
export function specDefsOf(specNames: readonly string[], skus: readonly Pick<ProductSku, 'specs'>[]): SpecDef[] {
  return specNames.map((name) => ({
    name,
    values: [...new Set(skus.map((sku) => sku.specs[name]).filter((value): value is string => !!value))],
  }));
}

/** "原味 / 500ml" for a row's spec values, in spec order. */
export function specLabel(specs: Record<string, string>, specNames: readonly string[]): string {
  return specNames
    .map((name) => specs[name])
    .filter(Boolean)
    .join(' / ');
}

const yuanOrNull = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : fenToYuan(fen));
const fenOrNull = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : yuanToFen(yuan));

/** A SKU from the API as a table row (fen → yuan). */
export function skuToFormRow(sku: ProductSku): SkuFormRow {
  return {
    id: sku.id,
    key: `sku-${sku.id}`,
    specs: sku.specs,
    code: sku.code,
    name: sku.name,
    barcode: sku.barcode,
    unit: sku.unit,
    price: fenToYuan(sku.price),
    retailPrice: yuanOrNull(sku.retailPrice),
    minOrderQty: sku.minOrderQty,
    orderStep: sku.orderStep,
    status: sku.status ?? 'on',
    units: sku.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      factor: unit.factor,
      // The API reports an implied unit price as factor × base; the form leaves it empty so it follows the base.
      price: unit.price === null || unit.price === unit.factor * sku.price ? null : fenToYuan(unit.price),
      retailPrice: yuanOrNull(unit.retailPrice),
      barcode: unit.barcode,
      isDefault: unit.isDefault,
    })),
  };
}

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * A table row as the API body (yuan → fen). Empty optional fields are left out rather than sent as
 * null: the API treats a missing field as "none" (an empty unit price means factor × base price).
 */
export function formRowToSkuBody(row: SkuFormRow, specNames: readonly string[]): ProductSkuBody {
  const barcode = blankToNull(row.barcode);
  const retailPrice = fenOrNull(row.retailPrice);
  return {
    ...(row.id ? { id: row.id } : {}),
    code: row.code.trim(),
    name: row.name?.trim() || specLabel(row.specs, specNames),
    specs: Object.fromEntries(specNames.filter((name) => row.specs[name]).map((name) => [name, row.specs[name]])),
    ...(barcode ? { barcode } : {}),
    unit: row.unit.trim(),
    price: yuanToFen(row.price ?? 0),
    ...(retailPrice === null ? {} : { retailPrice }),
    minOrderQty: row.minOrderQty,
    orderStep: row.orderStep,
    status: row.status,
    units: row.units.map((unit) => {
      const price = fenOrNull(unit.price);
      const unitRetail = fenOrNull(unit.retailPrice);
      const unitBarcode = blankToNull(unit.barcode);
      return {
        ...(unit.id ? { id: unit.id } : {}),
        name: unit.name.trim(),
        factor: unit.factor,
        ...(price === null ? {} : { price }),
        ...(unitBarcode ? { barcode: unitBarcode } : {}),
        ...(unitRetail === null ? {} : { retailPrice: unitRetail }),
        ...(unit.isDefault ? { isDefault: true } : {}),
      };
    }),
  };
}

/** The implied price of a larger unit: factor × the base price, in yuan (for the placeholder). */
export function impliedUnitPrice(basePriceYuan: number | null | undefined, factor: number | null | undefined) {
  if (basePriceYuan === null || basePriceYuan === undefined || !factor) return undefined;
  return fenToYuan(yuanToFen(basePriceYuan) * factor);
}
