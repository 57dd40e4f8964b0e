import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { ProductRow } from '../../api/types.ts';
import { formatMoney } from '../../lib/money.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

/** A SKU as the price forms need it: what to call it and which units it sells in. */
export interface PickedSku {
  id: number;
  label: string;
  unit: string;
  price: number;
  units: { id: number; name: string; factor: number; price: number }[];
}

export function pickedSkuOf(product: ProductRow, sku: ProductRow['skus'][number]): PickedSku {
  const spec = sku.name || Object.values(sku.specs).join(' / ');
  return {
    id: sku.id,
    label: `${product.name}${spec ? ` · ${spec}` : ''} (${sku.code})`,
    unit: sku.unit,
    price: sku.price,
    units: sku.units.map(({ id, name, factor, price }) => ({ id, name, factor, price })),
  };
}

/**
 * Search products (name, code, barcode, pinyin) and pick one of their SKUs; options are grouped by
 * product. `initial` labels a value picked earlier that the current search may not contain.
 */
export function SkuPicker({
  value,
  onChange,
  initial,
  disabled,
  testId = 'sku-picker',
}: {
  value?: number;
  onChange?: (skuId: number | undefined, sku: PickedSku | undefined) => void;
  initial?: PickedSku;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const products = useQuery({
    queryKey: ['products', 'sku-picker', q],
    queryFn: () => unwrap(api.GET('/api/products', { params: { query: { q: q || undefined, pageSize: 20 } } })),
    enabled: !disabled,
    staleTime: 30_000,
  });
  const picked = new Map<number, PickedSku>();
  if (initial) picked.set(initial.id, initial);
  const groups = (products.data?.items ?? []).map((product) => ({
    label: product.name,
    title: product.name,
    options: product.skus.map((sku) => {
      const item = pickedSkuOf(product, sku);
      picked.set(item.id, item);
      return {
        value: sku.id,
        label: item.label,
        display: (
          <span className="sku-option">
            <span>
              {sku.name || Object.values(sku.specs).join(' / ') || product.name}
              <span className="sku-option-code">{sku.code}</span>
            </span>
            <span className="money">
              {formatMoney(sku.price)}/{sku.unit}
            </span>
          </span>
        ),
      };
    }),
  }));
  const known = groups.some((group) => group.options.some((option) => option.value === value));
  const options =
    initial && value === initial.id && !known ? [{ value: initial.id, label: initial.label }, ...groups] : groups;

  return (
    <Select
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      allowClear
      value={value}
      disabled={disabled}
      placeholder={t('pricing.skuSearch')}
      loading={products.isFetching}
      options={options}
      optionRender={(option) => (option.data as { display?: React.ReactNode }).display ?? option.label}
      onChange={(skuId?: number) => onChange?.(skuId, skuId === undefined ? undefined : picked.get(skuId))}
      popupMatchSelectWidth={480}
      data-testid={testId}
    />
  );
}
