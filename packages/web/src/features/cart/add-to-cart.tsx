import { ShoppingCartOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import type { Sku } from '../portal/catalog-types.ts';
import { tiersFor, type UnitOption } from '../portal/sku-units.ts';
import './ordering.css';
import { unitQuantityRule } from './quantity-rule.ts';
import { QuantityStepper } from './quantity-stepper.tsx';
import { useAddToCart } from './use-cart.ts';

/**
 * 数量 + 加入购物车 for the SKU and unit chosen on the product page. The quantity starts at the
 * smallest the order rule allows in that unit; the subtotal follows the quantity breaks.
 * Mount it with a key of SKU and unit, so a new choice starts from its own minimum.
 */
export function AddToCart({ sku, unit }: { sku: Sku; unit: UnitOption }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiError();
  const { data: me } = useMe();
  const rule = unitQuantityRule(sku, unit.factor);
  const [quantity, setQuantity] = useState(rule.min);
  const add = useAddToCart();
  if (!can(me, 'orders:create')) return null;

  const tier = tiersFor(sku, unit).findLast((candidate) => candidate.minQuantity <= quantity);
  const subtotal = (tier?.unitPrice ?? unit.price) * quantity;
  const overStock = sku.available != null && quantity * unit.factor > sku.available;

  const submit = () =>
    add.mutate([{ skuId: sku.id, unitId: unit.id, quantity }], {
      onSuccess: () =>
        message.success({
          content: (
            <span>
              {t('cart.added')}
              <Button type="link" size="small" onClick={() => navigate('/portal/cart')} data-testid="added-view-cart">
                {t('cart.viewCart')}
              </Button>
            </span>
          ),
        }),
      onError: (error) => showError(error),
    });

  return (
    <div className="add-to-cart" data-testid="add-to-cart">
      <div className="add-to-cart-row">
        <span className="option-label add-to-cart-label">{t('cart.quantity')}</span>
        <QuantityStepper value={quantity} rule={rule} onChange={setQuantity} testId="add-quantity" />
        <span className="add-to-cart-subtotal">
          {t('cart.subtotal')} <span className="price-value-sm">{formatMoney(subtotal)}</span>
        </span>
      </div>
      {overStock ? (
        <div className="add-to-cart-warning" data-testid="add-over-stock">
          {t('cart.overStock', { available: sku.available, unit: sku.unit })}
        </div>
      ) : null}
      <Button
        type="primary"
        size="large"
        block
        icon={<ShoppingCartOutlined />}
        loading={add.isPending}
        onClick={submit}
        data-testid="add-to-cart-button"
      >
        {t('cart.add')}
      </Button>
    </div>
  );
}
