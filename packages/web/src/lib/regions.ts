/** Province / city / district as records store them (names), and as a Cascader path. */
export interface RegionNames {
  province?: string | null;
  city?: string | null;
  district?: string | null;
}

/** A node of GET /api/regions. */
export interface RegionNode {
  value: string;
  label: string;
  children?: RegionNode[];
}

/** The Cascader path for stored names; empty when the province is missing. */
export function regionPath(names: RegionNames): string[] {
  const path: string[] = [];
  for (const name of [names.province, names.city, names.district]) {
    if (!name) break;
    path.push(name);
  }
  return path;
}

/** Names to store from a Cascader path; levels not chosen are sent as null so an edit can clear them. */
export function regionNames(path: readonly string[] | undefined | null): {
  province: string | null;
  city: string | null;
  district: string | null;
} {
  return { province: path?.[0] || null, city: path?.[1] || null, district: path?.[2] || null };
}

/**
 * One line for display: "浙江省 杭州市 西湖区", skipping the 市辖区 placeholder that municipalities
 * have as their city level (北京市 东城区).
 */
export function formatRegion(names: RegionNames, address?: string | null): string {
  return [names.province, names.city, names.district, address]
    .filter((part): part is string => !!part && part !== '市辖区' && part !== '县')
    .join(' ');
}
