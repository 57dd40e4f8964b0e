import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Empty, Grid, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatMoney } from '../../lib/money.ts';
import { returnRequestLines } from '../returns/returns.ts';
import type { MyOrder } from './order-types.ts';
import {
  initialReturnUnit,
  type OrderReturn,
  type ReturnableSku,
  type ReturnUnit,
  refundEstimate,
  returnableSkus,
  returnLimit,
  returnQuantityText,
  toBase,
} from './returns.ts';
import { useRequestReturn } from './use-returns.ts';

/** 申请退货: a bottom sheet on a phone with each shipped SKU (up to what is left to return) and a reason. */
export function RequestReturnButton({ order, returns }: { order: MyOrder; returns: readonly OrderReturn[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="order-request-return">
        {t('portalOrders.requestReturn')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement={screens.md ? 'right' : 'bottom'}
        size={screens.md ? 480 : '85%'}
        title={t('portalReturns.requestTitle', { number: order.number })}
        className="return-sheet"
        destroyOnHidden
      >
        <ReturnForm order={order} returns={returns} onDone={() => setOpen(false)} />
      </Drawer>
    </>
  );
}

function ReturnForm({
  order,
  returns,
  onDone,
}: {
  order: MyOrder;
  returns: readonly OrderReturn[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const request = useRequestReturn(order.id);
  const skus = returnableSkus(order.lines, returns).filter((sku) => sku.left > 0);
  const [base, setBase] = useState<Record<number, number>>({});
  const [units, setUnits] = useState<Record<number, ReturnUnit>>(() =>
    Object.fromEntries(skus.map((sku) => [sku.skuId, initialReturnUnit(sku)])),
  );
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const lines = returnRequestLines(skus, base);
  const missingReason = reason.trim() === '';

  if (skus.length === 0) return <Empty description={t('portalReturns.nothingReturnable')} />;

  const submit = () => {
    setTouched(true);
    if (missingReason || lines.length === 0) return;
    request.mutate(
      { lines, reason: reason.trim() },
      {
        onSuccess: () => {
          message.success(t('portalReturns.requested'));
          onDone();
        },
        onError: (error) => {
          const bySku: Record<number, string> = {};
          if (error instanceof ApiError) {
            for (const field of error.fieldErrors) {
              const index = /^\/body\/lines\/(\d+)\//.exec(field.path)?.[1];
              const line = index === undefined ? undefined : lines[Number(index)];
              if (line) bySku[line.skuId] = localizeServerMessage(field.message);
            }
          }
          setErrors(bySku);
          if (Object.keys(bySku).length === 0) showError(error);
        },
      },
    );
  };

  return (
    <div data-testid="return-form">
      <div className="muted" style={{ fontSize: 12 }}>
        {t('portalReturns.requestHint')}
      </div>
      {skus.map((sku) => (
        <ReturnSkuRow
          key={sku.skuId}
          sku={sku}
          base={base[sku.skuId] ?? 0}
          unit={units[sku.skuId] ?? 'base'}
          error={errors[sku.skuId]}
          onChange={(next, unit) => {
            setBase((current) => ({ ...current, [sku.skuId]: next }));
            setUnits((current) => ({ ...current, [sku.skuId]: unit }));
          }}
        />
      ))}
      <div className="option-label" style={{ marginTop: 12 }}>
        {t('portalReturns.reason')}
      </div>
      <Input.TextArea
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 4 }}
        placeholder={t('portalReturns.reasonPlaceholder')}
        status={touched && missingReason ? 'error' : undefined}
        data-testid="return-reason"
      />
      {touched && missingReason ? (
        <div className="ant-form-item-explain-error">{t('portalReturns.reasonRequired')}</div>
      ) : null}
      {touched && lines.length === 0 ? (
        <div className="ant-form-item-explain-error">{t('portalReturns.pickOne')}</div>
      ) : null}
      <div className="checkout-summary-row" style={{ marginTop: 12 }}>
        <span className="muted">{t('portalReturns.refundEstimate')}</span>
        <span className="price-value-sm" data-testid="return-estimate">
          {formatMoney(refundEstimate(skus, base))}
        </span>
      </div>
      <Button
        type="primary"
        block
        size="large"
        shape="round"
        style={{ marginTop: 12 }}
        loading={request.isPending}
        onClick={submit}
        data-testid="return-submit"
      >
        {t('portalReturns.submit')}
      </Button>
    </div>
  );
}

function ReturnSkuRow({
  sku,
  base,
  unit,
  error,
  onChange,
}: {
  sku: ReturnableSku;
  base: number;
  unit: ReturnUnit;
  error?: string;
  onChange: (base: number, unit: ReturnUnit) => void;
}) {
  const { t } = useTranslation();
  const factor = unit === 'unit' ? sku.unitFactor : 1;
  const shown = Math.floor(base / factor);
  const limit = returnLimit(sku, unit);
  const set = (quantity: number | null) => onChange(toBase(quantity, sku, unit), unit);
  return (
    <div className="return-sku" data-testid={`return-sku-${sku.skuId}`}>
      <div className="cart-line-name">{sku.productName}</div>
      <div className="cart-line-spec">
        {sku.skuName} · {t('portalReturns.returnable', { quantity: returnQuantityText(sku.left, sku) })}
      </div>
      <div className="return-sku-controls">
        {sku.unitFactor > 1 ? (
          <Select
            value={unit}
            style={{ width: 96 }}
            options={[
              { value: 'unit', label: sku.unitName, disabled: sku.left < sku.unitFactor },
              { value: 'base', label: sku.baseUnit },
            ]}
            // Whole units of what was typed; switching to the larger unit rounds down.
            onChange={(next: ReturnUnit) =>
              onChange(next === 'unit' ? Math.floor(base / sku.unitFactor) * sku.unitFactor : base, next)
            }
            aria-label={t('cart.unit')}
            data-testid="return-unit"
          />
        ) : (
          <span className="cart-unit-fixed">{sku.baseUnit}</span>
        )}
        <Space.Compact className="quantity-stepper" data-testid="return-quantity">
          <Button
            icon={<MinusOutlined />}
            aria-label={t('cart.decrease')}
            disabled={shown <= 0}
            onClick={() => set(shown - 1)}
            data-testid="return-quantity-minus"
          />
          <InputNumber
            controls={false}
            inputMode="numeric"
            min={0}
            max={limit}
            precision={0}
            value={shown}
            onChange={set}
            aria-label={t('cart.quantity')}
            data-testid="return-quantity-input"
          />
          <Button
            icon={<PlusOutlined />}
            aria-label={t('cart.increase')}
            disabled={shown >= limit}
            onClick={() => set(shown + 1)}
            data-testid="return-quantity-plus"
          />
        </Space.Compact>
      </div>
      {base > 0 && unit === 'base' && sku.unitFactor > 1 && base % sku.unitFactor === 0 ? (
        <div className="muted" style={{ fontSize: 12, marginTop: 4 }}>
          = {returnQuantityText(base, sku)}
        </div>
      ) : null}
      {error ? <div className="cart-problem">{error}</div> : null}
    </div>
  );
}
