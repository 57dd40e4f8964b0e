import { Space, type TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/**
 * The state of a filtered list page: filters live in the address (so a link can open the list
 * filtered), the page in memory and back to 1 whenever a filter changes.
 */
export function useListState() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const resetPage = () => setPage((p) => ({ ...p, page: 1 }));
  const setParam = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
    resetPage();
  };
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page.page,
    pageSize: page.pageSize,
    total,
    showTotal: (count) => t('common.total', { count }),
    onChange: (p, pageSize) => setPage({ page: p, pageSize }),
  });
  return {
    params,
    setParams,
    page,
    resetPage,
    setParam,
    pagination,
    number: (key: string) => Number(params.get(key)) || undefined,
  };
}

/** The SKU column of the inventory tables: product name over the SKU code (and a tag, if any). */
export function skuColumn<Row extends { productName: string; skuCode: string }>(
  t: TFunction,
  tag?: (row: Row) => ReactNode,
) {
  return {
    title: t('inventory.sku'),
    key: 'sku',
    render: (_: unknown, row: Row) => (
      <Space direction="vertical" size={0}>
        <span>{row.productName}</span>
        <span className="sku-option-code">
          {row.skuCode}
          {tag?.(row)}
        </span>
      </Space>
    ),
  };
}
