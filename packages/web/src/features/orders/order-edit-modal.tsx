import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatMoney, yuanToFen } from '../../lib/money.ts';
import { type EditLineValues, editEstimate, editLinesOf, editOrderBody, newEditLine } from './order-edit.ts';
import { describeOrderError, lineFieldErrors, stockFieldErrors } from './order-errors.ts';
import { OrderLinesEditor } from './order-lines-editor.tsx';
import type { OrderView } from './order-types.ts';
import { useOrderActions } from './use-orders.ts';

interface Values {
  lines: EditLineValues[];
  reason: string;
  remark?: string;
}

/**
 * 修改订单 during review: quantities and unit prices (yuan) of the lines, lines removed or SKUs
 * added, with a required reason. The server prices and reserves the new lines as when placing;
 * a refusal marks the short or invalid lines and changes nothing.
 */
export function OrderEditModal({ order, onClose }: { order: OrderView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const { edit } = useOrderActions(order.id);
  // preserve: the labels and unit names of lines already on the order are values without a field.
  const lines = (Form.useWatch('lines', { form, preserve: true }) ?? []) as EditLineValues[];
  const estimate = editEstimate(lines);

  const submit = async () => {
    const valid = await form.validateFields().catch(() => undefined);
    if (!valid) return; // the fields show what is missing
    // All values, also those without a field (the SKU and unit of lines already on the order).
    const values = form.getFieldsValue(true) as Values;
    setProblem(undefined);
    const body = editOrderBody(values.lines, values.reason, { before: order.remark, after: values.remark });
    edit.mutate(body, {
      onSuccess: () => {
        message.success(t('orders.edit.done'));
        onClose();
      },
      onError: (error) => {
        const fields = [
          ...lineFieldErrors(error).map((f) => ({
            name: f.name[2] === 'unitPrice' ? ([f.name[0], f.name[1], 'unitPriceYuan'] as const) : f.name,
            errors: f.errors.map((e) => localizeServerMessage(e)),
          })),
          ...stockFieldErrors(error, t),
        ];
        if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
        const text = describeOrderError(error, t, order.lines);
        if (text) setProblem(text);
        else if (!fields.length) showError(error, form);
      },
    });
  };

  return (
    <Modal
      open
      title={t('orders.edit.title', { number: order.number })}
      width={1000}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('orders.edit.submit')}
      okButtonProps={{ 'data-testid': 'edit-submit' }}
      confirmLoading={edit.isPending}
      data-testid="edit-modal"
    >
      <Alert type="info" showIcon title={t('orders.edit.hint')} style={{ marginBottom: 12 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ lines: editLinesOf(order.lines), reason: '', remark: order.remark }}
      >
        <OrderLinesEditor
          form={form}
          lines={lines}
          testIdPrefix="edit-line"
          tableTestId="edit-lines"
          markRemove
          skuTitle={t('orders.lines.product')}
          widths={{ unit: 140, quantity: 130 }}
          priceColumns={[
            {
              title: t('orders.edit.unitPrice'),
              key: 'price',
              width: 150,
              render: (_: unknown, field) => (
                <Form.Item name={[field.name, 'unitPriceYuan']} style={{ marginBottom: 0 }}>
                  <InputNumber<number>
                    min={0}
                    max={10_000_000}
                    precision={2}
                    prefix="¥"
                    placeholder={t('orders.edit.customerPrice')}
                    style={{ width: '100%' }}
                    data-testid={`edit-line-price-${field.name}`}
                  />
                </Form.Item>
              ),
            },
            {
              title: t('orders.lines.amount'),
              key: 'amount',
              width: 120,
              align: 'right',
              render: (_: unknown, field) => {
                const line = lines[field.name];
                return line?.unitPriceYuan != null && line.quantity ? (
                  <span className="order-money">{formatMoney(yuanToFen(line.unitPriceYuan) * line.quantity)}</span>
                ) : (
                  '-'
                );
              },
            },
          ]}
          footer={(add) => (
            <div className="order-create-lines-foot" style={{ marginBottom: 16 }}>
              <Button icon={<PlusOutlined />} onClick={() => add(newEditLine())} data-testid="edit-line-add">
                {t('orders.create.addLine')}
              </Button>
              <span>
                {t('orders.edit.totalBefore')}
                <span className="order-money">{formatMoney(order.totalAmount)}</span>
                <span className="order-edit-arrow">→</span>
                {t('orders.edit.totalAfter')}
                {estimate === undefined ? (
                  <Typography.Text type="secondary" data-testid="edit-estimate">
                    {t('orders.edit.totalLater')}
                  </Typography.Text>
                ) : (
                  <strong className="order-total order-money" data-testid="edit-estimate">
                    {formatMoney(estimate)}
                  </strong>
                )}
              </span>
            </div>
          )}
        />
        <Form.Item
          name="reason"
          label={t('orders.edit.reason')}
          rules={[{ required: true, whitespace: true, message: t('orders.edit.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="edit-reason" />
        </Form.Item>
        <Form.Item name="remark" label={t('orders.remark')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="edit-remark" />
        </Form.Item>
      </Form>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="edit-error" /> : null}
    </Modal>
  );
}
