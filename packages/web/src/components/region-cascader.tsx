import { useQuery } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import type { RegionNode } from '../lib/regions.ts';

/** 省 → 市 → 区 from GET /api/regions (value = label = the stored name); fetched once per visit. */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => unwrap(api.GET('/api/regions')),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

const cut = (nodes: readonly RegionNode[], depth: number): RegionNode[] =>
  nodes.map(({ children, ...node }) =>
    depth > 1 && children ? { ...node, children: cut(children, depth - 1) } : node,
  );

interface Props {
  value?: string[];
  onChange?: (path: string[]) => void;
  /** Let a filter stop at a province or a city; a form needs the full path. */
  changeOnSelect?: boolean;
  /** Levels offered: 2 for 省/市 filters, 3 (default) for addresses. */
  depth?: 2 | 3;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
}

/** A province/city/district picker whose value is the path of names; type to search (杭州, 西湖). */
export function RegionCascader({ value, onChange, changeOnSelect, depth = 3, placeholder, style, testId }: Props) {
  const { t } = useTranslation();
  const regions = useRegions();
  const options = useMemo(
    () => (regions.data && depth < 3 ? cut(regions.data, depth) : regions.data),
    [regions.data, depth],
  );
  return (
    <Cascader
      value={value}
      onChange={(path) => onChange?.((path as string[] | undefined) ?? [])}
      options={options}
      loading={regions.isPending}
      changeOnSelect={changeOnSelect}
      placeholder={placeholder ?? t('regions.placeholder')}
      showSearch={{
        filter: (input, path) => path.some((option) => String(option.label).includes(input.trim())),
      }}
      allowClear
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
