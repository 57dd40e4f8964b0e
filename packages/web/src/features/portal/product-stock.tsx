import { useTranslation } from 'react-i18next';
import { stockLabel } from './sku-units.ts';

/** 库存 37 瓶 / 库存紧张 / 缺货, or 有货 / 库存紧张 / 缺货 alone when the supplier hides numbers. */
export function ProductStock({
  available,
  status,
  minOrderQty,
  unit,
}: {
  available: number | null | undefined;
  /** The server's 有货/库存紧张/缺货, shown alone when the supplier hides numbers. */
  status?: 'in' | 'low' | 'out';
  minOrderQty?: number;
  unit: string;
}) {
  const { t } = useTranslation();
  const label = stockLabel(available, minOrderQty, status);
  if (!label) return null;
  return (
    <span className={`stock stock-${label.kind}`} data-testid="product-stock" data-stock={label.kind}>
      {label.kind === 'out'
        ? t('portal.stockOut')
        : label.count === null
          ? t(label.kind === 'low' ? 'portal.stockLowNoCount' : 'portal.stockInNoCount')
          : label.kind === 'low'
            ? t('portal.stockLow', { count: label.count, unit })
            : t('portal.stockIn', { count: label.count, unit })}
    </span>
  );
}
