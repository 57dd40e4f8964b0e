import { DeleteOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Popconfirm, Select, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { MayOrder } from './may-order.tsx';
import './ordering.css';
import { CartLine } from './cart-line.tsx';
import { isOrderable, problemHints } from './cart-problems.ts';
import type { CartItem } from './cart-types.ts';
import { convertQuantity, unitQuantityRule } from './quantity-rule.ts';
import { QuantityStepper } from './quantity-stepper.tsx';
import { useCart, useChangeCartUnit, useRemoveCartItems, useUpdateCartItem } from './use-cart.ts';

/** 购物车: every item with its own price today, problems spelled out, a selection to check out. */
export function CartPage() {
  return (
    <MayOrder>
      <CartView />
    </MayOrder>
  );
}

function CartView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cart = useCart();
  // What the buyer unticked; everything orderable is ticked, including items added later.
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());

  if (cart.isPending) return <Skeleton active data-testid="cart-loading" />;
  const items = cart.data?.items ?? [];
  if (items.length === 0) {
    return (
      <div className="cart-page" data-testid="cart-page">
        <h1 className="portal-page-title">{t('cart.title')}</h1>
        <Empty className="portal-empty" description={t('cart.empty')} data-testid="cart-empty">
          <Button type="primary" onClick={() => navigate('/portal/products')}>
            {t('cart.goShopping')}
          </Button>
          <Button style={{ marginInlineStart: 8 }} onClick={() => navigate('/portal/quick-order')}>
            {t('cart.quickOrder')}
          </Button>
        </Empty>
      </div>
    );
  }

  const orderable = items.filter(isOrderable);
  const selected = orderable.filter((item) => !unticked.has(item.id));
  const total = selected.reduce((sum, item) => sum + (item.amount ?? 0), 0);
  const blocked = items.length - orderable.length;
  const toggle = (id: number, on: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const allTicked = selected.length === orderable.length && orderable.length > 0;
  const checkout = () => {
    const ids = selected.map((item) => item.id);
    navigate(ids.length === items.length ? '/portal/checkout' : `/portal/checkout?items=${ids.join(',')}`);
  };

  return (
    <div className="cart-page" data-testid="cart-page">
      <div className="portal-page-head">
        <h1 className="portal-page-title">
          {t('cart.title')} <span className="portal-page-count">{t('cart.itemCount', { count: items.length })}</span>
        </h1>
        <Link to="/portal/quick-order" data-testid="cart-quick-order">
          <ThunderboltOutlined /> {t('cart.quickOrder')}
        </Link>
      </div>
      <div className="cart-list">
        {items.map((item) => (
          <CartRow
            key={item.id}
            item={item}
            cart={items}
            checked={isOrderable(item) && !unticked.has(item.id)}
            onCheck={(on) => toggle(item.id, on)}
          />
        ))}
      </div>
      <div className="portal-action-bar" data-testid="cart-bar">
        <Checkbox
          checked={allTicked}
          indeterminate={selected.length > 0 && !allTicked}
          disabled={orderable.length === 0}
          onChange={(event) =>
            setUnticked(event.target.checked ? new Set() : new Set(orderable.map((item) => item.id)))
          }
          data-testid="cart-select-all"
        >
          {t('cart.selectAll')}
        </Checkbox>
        <div className="portal-action-bar-total">
          <span>{t('cart.total')}</span>
          <span className="price-value-sm" data-testid="cart-total">
            {formatMoney(total)}
          </span>
          {blocked > 0 ? <div className="portal-action-bar-note">{t('cart.blocked', { count: blocked })}</div> : null}
        </div>
        <Button
          type="primary"
          size="large"
          shape="round"
          disabled={selected.length === 0}
          onClick={checkout}
          data-testid="cart-checkout"
        >
          {t('cart.checkoutCount', { count: selected.length })}
        </Button>
      </div>
    </div>
  );
}

function CartRow({
  item,
  cart,
  checked,
  onCheck,
}: {
  item: CartItem;
  cart: CartItem[];
  checked: boolean;
  onCheck: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const update = useUpdateCartItem();
  const remove = useRemoveCartItems();
  const changeUnitCommand = useChangeCartUnit();
  // Taps change the shown quantity at once; the cart is told once they stop (one PATCH, not five).
  const [draft, setDraft] = useState<number>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const rule = unitQuantityRule(item, item.unitFactor);
  const hints = problemHints(item, cart);
  const units = [{ id: null, name: item.baseUnit, factor: 1 }, ...item.units.filter((unit) => unit.factor !== 1)];
  const save = (change: { quantity: number }) =>
    update.mutate(
      { id: item.id, ...change },
      { onSettled: () => setDraft(undefined), onError: (error) => showError(error) },
    );
  const changeQuantity = (quantity: number) => {
    setDraft(quantity);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save({ quantity }), 400);
  };
  const changeUnit = (unitId: number | null) => {
    const unit = units.find((option) => option.id === unitId);
    if (!unit) return;
    const quantity = convertQuantity(item.quantity, item.unitFactor, unit.factor, unitQuantityRule(item, unit.factor));
    changeUnitCommand.mutate({ item, unitId, quantity }, { onError: (error) => showError(error) });
  };

  return (
    <div className={`cart-item${item.problems.length ? ' has-problem' : ''}`} data-testid={`cart-item-${item.skuId}`}>
      <Checkbox
        className="cart-item-check"
        checked={checked}
        disabled={!isOrderable(item)}
        onChange={(event) => onCheck(event.target.checked)}
        data-testid="cart-item-check"
        aria-label={item.productName}
      />
      <CartLine
        thumbUrl={item.thumbUrl}
        name={item.productName}
        spec={`${item.skuName} · ${item.skuCode}`}
        aside={
          <Popconfirm
            title={t('cart.removeConfirm')}
            okText={t('cart.remove')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutate([item.id], {
                onSuccess: () => message.success(t('cart.removed')),
                onError: (error) => showError(error),
              })
            }
          >
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('cart.remove')}
              data-testid="cart-item-remove"
            />
          </Popconfirm>
        }
      >
        <div className="cart-item-price">
          {item.unitPrice === null ? (
            <span className="muted">{t('cart.noPrice')}</span>
          ) : (
            <span className="price">
              <span className="price-value-sm">{formatMoney(item.unitPrice)}</span>
              <span className="price-unit">/{item.unitName}</span>
            </span>
          )}
          {item.amount !== null ? (
            <span className="cart-item-amount" data-testid="cart-item-amount">
              {formatMoney(item.amount)}
            </span>
          ) : null}
        </div>
        <div className="cart-item-controls">
          {units.length > 1 || item.problems.includes('unit_removed') ? (
            <Select
              size="middle"
              className="cart-unit-select"
              value={item.problems.includes('unit_removed') ? undefined : item.unitId}
              placeholder={item.unitName}
              options={units.map((unit) => ({
                value: unit.id,
                label: unit.factor > 1 ? `${unit.name}（${unit.factor}${item.baseUnit}）` : unit.name,
              }))}
              onChange={changeUnit}
              aria-label={t('cart.unit')}
              data-testid="cart-item-unit"
            />
          ) : (
            <span className="cart-unit-fixed">{item.unitName}</span>
          )}
          <QuantityStepper
            value={draft ?? item.quantity}
            rule={rule}
            onChange={changeQuantity}
            testId="cart-item-quantity"
          />
        </div>
        {hints.length ? (
          <ul className="cart-problems" data-testid="cart-item-problems">
            {hints.map((hint) => (
              <li key={hint.problem} className={`cart-problem cart-problem-${hint.problem}`}>
                {t(hint.key, hint.values)}
                {hint.fix !== undefined && hint.fix !== item.quantity ? (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => save({ quantity: hint.fix ?? rule.min })}
                    data-testid="cart-item-fix"
                  >
                    {t('cart.fixTo', { quantity: hint.fix, unit: item.unitName })}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </CartLine>
    </div>
  );
}
