import { ShoppingCartOutlined } from '@ant-design/icons';
import { App, Button, Card, InputNumber } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { useAddToCart } from '../cart/use-cart.ts';
import type { ProductDetail } from './catalog-types.ts';
import { ProductStock } from './product-stock.tsx';
import { gridOrder, gridQuantity, variantRows } from './variant-grid.ts';

/**
 * 规格批量下单: every variant of the product in one table with a quantity each (in the unit it is
 * offered in first, keeping its order rule); one tap puts them all into the cart.
 */
export function VariantGrid({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiError();
  const { data: me } = useMe();
  const rows = useMemo(() => variantRows(product.skus), [product.skus]);
  const [quantities, setQuantities] = useState<Record<number, number>>({});
  const add = useAddToCart();
  if (rows.length < 2 || !can(me, 'orders:create')) return null;
  const { items, total } = gridOrder(rows, quantities);

  const submit = () =>
    add.mutate(items, {
      onSuccess: () => {
        setQuantities({});
        message.success({
          content: (
            <span>
              {t('variantGrid.added', { count: items.length })}
              <Button type="link" size="small" onClick={() => navigate('/portal/cart')}>
                {t('cart.viewCart')}
              </Button>
            </span>
          ),
        });
      },
      onError: (error) => showError(error),
    });

  return (
    <Card className="product-detail-card" size="small" title={t('variantGrid.title')} data-testid="variant-grid">
      <div className="variant-grid">
        {rows.map((row) => (
          <div className="variant-grid-row" key={row.sku.id} data-testid={`variant-row-${row.sku.id}`}>
            <div className="variant-grid-name">
              <div>{row.label}</div>
              <div className="muted">
                {formatMoney(row.unit.price)}/{row.unit.name}{' '}
                <ProductStock
                  available={row.sku.available}
                  status={row.sku.stockStatus}
                  minOrderQty={row.sku.minOrderQty}
                  unit={row.sku.unit}
                />
              </div>
            </div>
            <InputNumber
              min={0}
              step={row.step}
              precision={0}
              value={quantities[row.sku.id] ?? null}
              placeholder="0"
              addonAfter={row.unit.name}
              style={{ width: 128 }}
              onBlur={(event) => {
                const quantity = gridQuantity(row, Number(event.target.value) || 0);
                setQuantities((current) => ({ ...current, [row.sku.id]: quantity }));
              }}
              onStep={(value) =>
                setQuantities((current) => ({ ...current, [row.sku.id]: gridQuantity(row, Number(value)) }))
              }
              data-testid={`variant-qty-${row.sku.id}`}
            />
          </div>
        ))}
      </div>
      <div className="variant-grid-footer">
        <span>
          {t('cart.total')} <span className="price-value-sm">{formatMoney(total)}</span>
        </span>
        <Button
          type="primary"
          icon={<ShoppingCartOutlined />}
          disabled={!items.length}
          loading={add.isPending}
          onClick={submit}
          data-testid="variant-grid-add"
        >
          {t('variantGrid.add', { count: items.length })}
        </Button>
      </div>
    </Card>
  );
}
