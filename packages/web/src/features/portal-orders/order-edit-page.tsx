import { DeleteOutlined, LeftOutlined, UndoOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Alert, App, Button, Input, Result, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatMoney } from '../../lib/money.ts';
import { AddressPicker } from '../cart/address-picker.tsx';
import { CartLine } from '../cart/cart-line.tsx';
import { stockStatusOf } from '../cart/cart-problems.ts';
import { MayOrder } from '../cart/may-order.tsx';
import { unitQuantityRule } from '../cart/quantity-rule.ts';
import { QuantityStepper } from '../cart/quantity-stepper.tsx';
import { type ShortLine, shortLinesOf } from '../cart/short-lines.ts';
import '../cart/ordering.css';
import {
  canSaveEdit,
  type EditLine,
  editBody,
  editEstimate,
  editHints,
  editLinesOf,
  type SkuRule,
} from './order-edit.ts';
import type { MyOrder } from './order-types.ts';
import './portal-orders.css';
import { useEditOrder, useMyOrder } from './use-my-orders.ts';

/** 修改订单 (/portal/orders/:id/edit): quantities, lines removed, remark and address while it waits for review. */
export function OrderEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const order = useMyOrder(id);
  if (order.isPending) return <Skeleton active data-testid="order-loading" />;
  if (order.isError || !order.data) {
    return (
      <Result
        status="404"
        title={t('portalOrders.missing')}
        extra={<Button onClick={() => navigate('/portal/orders')}>{t('portalOrders.back')}</Button>}
      />
    );
  }
  if (!order.data.allowedActions.includes('edit')) {
    return (
      <Result
        status="info"
        title={t('orderEdit.notEditable')}
        extra={<Button onClick={() => navigate(`/portal/orders/${id}`)}>{t('portalOrders.back')}</Button>}
        data-testid="order-edit-closed"
      />
    );
  }
  return (
    <MayOrder>
      <EditView order={order.data} />
    </MayOrder>
  );
}

/**
 * Each SKU's order rule and stock today, from the catalog (the order's lines carry neither): the
 * customer's list searched by the SKU code; a SKU not found is off the shelf or hidden.
 */
function useSkuRules(lines: readonly EditLine[]): { rules: Map<number, SkuRule>; pending: boolean } {
  const skus = [...new Map(lines.map((line) => [line.skuId, line.skuCode])).entries()];
  const results = useQueries({
    queries: skus.map(([skuId, code]) => ({
      queryKey: ['portal', 'sku-rule', skuId],
      queryFn: async (): Promise<SkuRule> => {
        const page = await unwrap(api.GET('/api/products', { params: { query: { q: code, pageSize: 20 } } }));
        const sku = page.items.flatMap((product) => product.skus).find((candidate) => candidate.id === skuId);
        return sku
          ? {
              minOrderQty: sku.minOrderQty,
              orderStep: sku.orderStep,
              available: sku.available,
              stockStatus: stockStatusOf(sku),
              onShelf: sku.status === 'on',
            }
          : { minOrderQty: 1, orderStep: 1, available: null, onShelf: false };
      },
    })),
  });
  const rules = new Map<number, SkuRule>();
  skus.forEach(([skuId], index) => {
    const data = results[index]?.data;
    if (data) rules.set(skuId, data);
  });
  return { rules, pending: results.some((result) => result.isPending) };
}

function EditView({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiError();
  const edit = useEditOrder(order.id);
  const [lines, setLines] = useState(() => editLinesOf(order));
  const [remark, setRemark] = useState(order.remark);
  const [addressId, setAddressId] = useState(order.address?.addressId ?? undefined);
  const [short, setShort] = useState<ShortLine[]>([]);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { rules, pending } = useSkuRules(lines);

  const hints = editHints(lines, rules, short);
  const body = editBody(order, lines, remark, addressId);
  const kept = lines.filter((line) => !line.removed);
  const change = (lineId: number, patch: Partial<EditLine>) => {
    const line = lines.find((candidate) => candidate.lineId === lineId);
    setLines((current) =>
      current.map((candidate) => (candidate.lineId === lineId ? { ...candidate, ...patch } : candidate)),
    );
    // What the 409 said of a SKU no longer holds once its quantity changes.
    if (line) setShort((current) => current.filter((s) => s.skuId !== line.skuId));
  };

  const save = () => {
    if (!body) {
      message.info(t('orderEdit.unchanged'));
      return;
    }
    setFieldErrors([]);
    edit.mutate(body, {
      onSuccess: () => {
        message.success(t('orderEdit.saved'));
        navigate(`/portal/orders/${order.id}`, { replace: true });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK') {
          setShort(shortLinesOf(error));
          return;
        }
        if (error instanceof ApiError && error.fieldErrors.length) {
          setFieldErrors(error.fieldErrors.map((field) => fieldErrorText(field, body, kept)));
          return;
        }
        showError(error);
      },
    });
  };

  return (
    <div className="ordering-narrow" data-testid="order-edit">
      <div className="portal-page-head">
        <Link to={`/portal/orders/${order.id}`} className="portal-back-link" data-testid="order-edit-back">
          <LeftOutlined /> {t('orderEdit.title')}
        </Link>
        <span className="muted">{order.number}</span>
      </div>
      <div className="muted order-edit-hint">{t('orderEdit.hint')}</div>

      {short.length ? (
        <Alert
          type="error"
          showIcon
          className="checkout-short"
          title={t('orderEdit.shortTitle')}
          data-testid="edit-short"
        />
      ) : null}
      {fieldErrors.length ? (
        <Alert
          type="error"
          showIcon
          className="checkout-short"
          data-testid="edit-errors"
          title={
            <ul className="order-edit-errors">
              {fieldErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          }
        />
      ) : null}

      <section className="ordering-card checkout-lines" data-testid="edit-lines">
        <div className="ordering-card-title">
          <span>{t('portalOrders.lines')}</span>
          <span className="muted">{t('portalOrders.lineCount', { count: kept.length })}</span>
        </div>
        {lines.map((line) => {
          const rule = rules.get(line.skuId);
          const lineHints = hints.get(line.lineId) ?? [];
          const onlyLine = lines.filter((other) => !other.removed && other.skuId === line.skuId).length === 1;
          const quantityRule = onlyLine && rule ? unitQuantityRule(rule, line.unitFactor) : { min: 1, step: 1 };
          return (
            <CartLine
              key={line.lineId}
              thumbUrl={null}
              name={line.productName}
              spec={`${line.skuName} · ${line.skuCode}`}
              testId={`edit-line-${line.skuId}`}
              aside={
                line.removed ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<UndoOutlined />}
                    onClick={() => change(line.lineId, { removed: false })}
                    data-testid="edit-line-restore"
                  >
                    {t('orderEdit.restore')}
                  </Button>
                ) : (
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('orderEdit.remove')}
                    onClick={() => change(line.lineId, { removed: true })}
                    data-testid="edit-line-remove"
                  />
                )
              }
            >
              {line.removed ? (
                <div className="muted order-edit-removed">
                  <Tag className="mini-tag">{t('orderEdit.removedLine')}</Tag>
                  {line.quantity} {line.unitName}
                </div>
              ) : (
                <>
                  <div className="cart-item-controls">
                    <span className="price">
                      <span className="price-value-sm">{formatMoney(line.unitPrice)}</span>
                      <span className="price-unit">/{line.unitName}</span>
                    </span>
                    <QuantityStepper
                      value={line.quantity}
                      rule={quantityRule}
                      disabled={pending || rule?.onShelf === false}
                      onChange={(quantity) => change(line.lineId, { quantity })}
                      testId="edit-line-quantity"
                    />
                  </div>
                  {lineHints.length ? (
                    <ul className="cart-problems" data-testid="edit-line-problems">
                      {lineHints.map((hint) => (
                        <li key={hint.problem} className={`cart-problem cart-problem-${hint.problem}`}>
                          {hint.problem === 'off_shelf' ? t('orderEdit.offShelf') : t(hint.key, hint.values)}
                          {hint.fix !== undefined && hint.fix !== line.quantity ? (
                            <Button
                              type="link"
                              size="small"
                              onClick={() => change(line.lineId, { quantity: hint.fix ?? line.quantity })}
                              data-testid="edit-line-fix"
                            >
                              {t('cart.fixTo', { quantity: hint.fix, unit: line.unitName })}
                            </Button>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </>
              )}
            </CartLine>
          );
        })}
        {kept.length === 0 ? <div className="cart-problem">{t('orderEdit.noLines')}</div> : null}
      </section>

      <AddressPicker
        testId="edit-address"
        title={t('portalOrders.address')}
        value={addressId}
        onChange={setAddressId}
        empty={<div className="muted">{t('portalOrders.noAddress')}</div>}
      />

      <section className="ordering-card">
        <div className="ordering-card-title">{t('portalOrders.remark')}</div>
        <Input.TextArea
          value={remark}
          onChange={(event) => setRemark(event.target.value)}
          maxLength={500}
          showCount
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('checkout.remarkPlaceholder')}
          data-testid="edit-remark"
        />
      </section>

      <div className="portal-action-bar">
        <div className="portal-action-bar-total">
          <span>{t('orderEdit.estimate')}</span>
          <span className="price-value-sm" data-testid="edit-total">
            {formatMoney(editEstimate(lines))}
          </span>
          <div className="portal-action-bar-note muted">{t('orderEdit.estimateHint')}</div>
        </div>
        <Button
          type="primary"
          size="large"
          shape="round"
          loading={edit.isPending}
          disabled={!body || !canSaveEdit(lines, hints)}
          onClick={save}
          data-testid="edit-save"
        >
          {t('orderEdit.save')}
        </Button>
      </div>
    </div>
  );
}

/** A 400's field error with the product it is about: "/body/lines/0/quantity" → "可口可乐：…". */
function fieldErrorText(
  field: { path: string; message: string },
  body: NonNullable<ReturnType<typeof editBody>>,
  kept: EditLine[],
): string {
  const match = /^\/body\/lines\/(\d+)\//.exec(field.path);
  const line = match ? kept.find((candidate) => candidate.skuId === body.lines?.[Number(match[1])]?.skuId) : undefined;
  const text = localizeServerMessage(field.message);
  return line ? `${line.productName}：${text}` : text;
}
