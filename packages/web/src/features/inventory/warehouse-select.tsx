import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWarehouses } from './inventory-api.ts';

/**
 * Picks a warehouse; disabled ones are shown only when `includeDisabled`. `filter` makes it a list
 * filter: clearable, every warehouse, "all warehouses" when empty.
 */
export function WarehouseSelect({
  value,
  onChange,
  allowClear,
  includeDisabled,
  filter,
  placeholder,
  exclude,
  testId = 'warehouse-select',
  style,
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  allowClear?: boolean;
  includeDisabled?: boolean;
  filter?: boolean;
  placeholder?: string;
  exclude?: number;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const options = (warehouses.data ?? [])
    .filter((w) => (includeDisabled || filter || w.status === 'active') && w.id !== exclude)
    .map((w) => ({
      value: w.id,
      label: w.name,
      display: (
        <span>
          {w.name} <span className="sku-option-code">{w.code}</span>
          {w.isDefault ? (
            <Tag color="blue" style={{ marginInlineStart: 6 }}>
              {t('inventory.warehouses.default')}
            </Tag>
          ) : null}
          {w.status === 'disabled' ? (
            <Tag style={{ marginInlineStart: 6 }}>{t('inventory.warehouses.disabled')}</Tag>
          ) : null}
        </span>
      ),
    }));
  return (
    <Select
      value={value}
      onChange={onChange}
      allowClear={allowClear || filter}
      placeholder={placeholder ?? t(filter ? 'inventory.allWarehouses' : 'inventory.warehouse')}
      loading={warehouses.isFetching}
      options={options}
      optionRender={(option) => (option.data as { display: React.ReactNode }).display}
      style={{ minWidth: 180, ...style }}
      data-testid={testId}
    />
  );
}
