import { useTranslation } from 'react-i18next';
import { stockLabel } from './sku-units.ts';

/** 库存 37 瓶 / 库存紧张 / 缺货, or nothing while stock is not kept for the SKU. */
export function ProductStock({
  available,
  minOrderQty,
  unit,
}: {
  available: number | null | undefined;
  minOrderQty?: number;
  unit: string;
}) {
  const { t } = useTranslation();
  const label = stockLabel(available, minOrderQty);
  if (!label) return null;
  return (
    <span className={`stock stock-${label.kind}`} data-testid="product-stock" data-stock={label.kind}>
      {label.kind === 'out'
        ? t('portal.stockOut')
        : label.kind === 'low'
          ? t('portal.stockLow', { count: label.count, unit })
          : t('portal.stockIn', { count: label.count, unit })}
    </span>
  );
}
