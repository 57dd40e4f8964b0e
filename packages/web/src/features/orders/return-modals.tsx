import { Alert, Form, Input, InputNumber, Modal, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../app/auth.ts';
import { fenToYuan, formatMoney } from '../../lib/money.ts';
import { useWarehouses } from '../inventory/inventory-api.ts';
import { returnRequestLines, type SkuToReturn } from '../returns/returns.ts';
import { approveReturnBody } from './order-returns.ts';
import type { ReturnView } from './order-types.ts';

/**
 * 申请退货: each shipped SKU with what may still come back (base units), empty to start; a
 * reason is required. Quantities are capped at what may come back.
 */
export function RequestReturnModal({
  number,
  rows,
  pending,
  problem,
  onSubmit,
  onClose,
}: {
  number: string;
  rows: readonly SkuToReturn[];
  pending: boolean;
  problem?: string;
  onSubmit: (body: { lines: { skuId: number; quantity: number }[]; reason: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [quantities, setQuantities] = useState<Record<number, number | null>>({});
  const lines = returnRequestLines(rows, quantities);
  const columns: TableColumnsType<SkuToReturn> = [
    {
      title: t('orders.lines.product'),
      key: 'product',
      render: (_: unknown, row) => (
        <div className="order-product-cell">
          <span>
            {row.productName}
            {row.skuName ? ` · ${row.skuName}` : ''}
          </span>
          <span className="customer-code">{row.skuCode}</span>
        </div>
      ),
    },
    { title: t('returns.request.shipped'), dataIndex: 'shipped', align: 'right', width: 90 },
    { title: t('returns.request.returned'), dataIndex: 'returned', align: 'right', width: 90 },
    { title: t('returns.request.left'), dataIndex: 'left', align: 'right', width: 90 },
    {
      title: t('returns.request.now'),
      key: 'now',
      width: 170,
      render: (_: unknown, row) => (
        <InputNumber<number>
          min={0}
          max={row.left}
          precision={0}
          disabled={row.left === 0}
          value={quantities[row.skuId]}
          onChange={(value) => setQuantities((current) => ({ ...current, [row.skuId]: value }))}
          suffix={row.baseUnit}
          style={{ width: 140 }}
          data-testid={`return-qty-${row.skuId}`}
        />
      ),
    },
  ];
  return (
    <Modal
      open
      title={t('returns.request.title', { number })}
      width={760}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(
          (values) => onSubmit({ lines, reason: values.reason.trim() }),
          () => undefined, // the field shows what is missing
        )
      }
      okText={t('returns.request.submit')}
      okButtonProps={{ disabled: lines.length === 0, 'data-testid': 'return-request-submit' }}
      confirmLoading={pending}
      data-testid="return-request-modal"
    >
      <Table<SkuToReturn>
        rowKey="skuId"
        size="small"
        columns={columns}
        dataSource={rows as SkuToReturn[]}
        pagination={false}
        style={{ marginBottom: 16 }}
        data-testid="return-request-lines"
      />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('returns.reason')}
          rules={[{ required: true, whitespace: true, message: t('returns.request.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="return-reason" />
        </Form.Item>
      </Form>
      {lines.length === 0 ? <Alert type="info" showIcon title={t('returns.request.nothing')} /> : null}
      {problem ? <Alert type="error" showIcon title={problem} data-testid="return-request-error" /> : null}
    </Modal>
  );
}

/** 同意退货: the refund the return computed, editable in yuan, and an optional note. */
export function ApproveReturnModal({
  ret,
  pending,
  onSubmit,
  onClose,
}: {
  ret: ReturnView;
  pending: boolean;
  onSubmit: (body: { refundAmount?: number; note?: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ refundYuan: number | null; note?: string }>();
  return (
    <Modal
      open
      title={t('returns.approve.title')}
      okText={t('returns.actions.approve')}
      okButtonProps={{ 'data-testid': 'return-approve-submit' }}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(
          (values) => onSubmit(approveReturnBody(values.refundYuan, ret.refundAmount, values.note)),
          () => undefined,
        )
      }
      confirmLoading={pending}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ refundYuan: fenToYuan(ret.refundAmount) }}
      >
        <Form.Item
          name="refundYuan"
          label={t('returns.refundAmount')}
          extra={t('returns.approve.computed', { amount: formatMoney(ret.refundAmount) })}
          rules={[{ required: true, message: t('returns.approve.refundRequired') }]}
        >
          <InputNumber<number>
            min={0}
            max={10_000_000}
            precision={2}
            prefix="¥"
            style={{ width: 200 }}
            data-testid="return-refund"
          />
        </Form.Item>
        <Form.Item name="note" label={t('returns.note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="return-approve-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 驳回退货 with a note saying why. */
export function RejectReturnModal({
  pending,
  onSubmit,
  onClose,
}: {
  pending: boolean;
  onSubmit: (body: { note?: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open
      title={t('returns.reject.title')}
      okText={t('returns.actions.reject')}
      okButtonProps={{ danger: true, 'data-testid': 'return-reject-submit' }}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(
          (values) => onSubmit({ note: values.note.trim() }),
          () => undefined,
        )
      }
      confirmLoading={pending}
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="note"
          label={t('returns.reject.note')}
          rules={[{ required: true, whitespace: true, message: t('returns.reject.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="return-reject-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 收货入库: the goods go back on hand in the warehouse picked, the default one preselected. Without
 * inventory:view the list is not readable, and the server takes the default warehouse.
 */
export function ReceiveReturnModal({
  ret,
  pending,
  onSubmit,
  onClose,
}: {
  ret: ReturnView;
  pending: boolean;
  onSubmit: (body: { warehouseId?: number }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const readable = can(me, 'inventory:view');
  const warehouses = useWarehouses(readable);
  const active = readable ? (warehouses.data ?? []).filter((w) => w.status === 'active') : [];
  const [picked, setPicked] = useState<number>();
  const warehouseId = picked ?? active.find((w) => w.isDefault)?.id ?? active[0]?.id;
  return (
    <Modal
      open
      title={t('returns.receive.title')}
      okText={t('returns.actions.receive')}
      okButtonProps={{ 'data-testid': 'return-receive-submit', disabled: readable && warehouses.isPending }}
      onCancel={onClose}
      onOk={() => onSubmit(readable && warehouseId !== undefined ? { warehouseId } : {})}
      confirmLoading={pending}
    >
      <p>{t('returns.receive.hint')}</p>
      <ul className="order-return-lines" style={{ marginBottom: 16 }}>
        {ret.lines.map((line) => (
          <li key={line.lineId}>
            {line.productName} <span className="customer-code">{line.skuCode}</span> × {line.quantity} {line.unitName}
          </li>
        ))}
      </ul>
      {readable ? (
        <Form layout="vertical">
          <Form.Item label={t('returns.receive.warehouse')}>
            <Select
              value={warehouseId}
              onChange={setPicked}
              loading={warehouses.isPending}
              options={active.map((w) => ({
                value: w.id,
                label: w.isDefault ? `${w.name}（${t('returns.receive.default')}）` : w.name,
              }))}
              style={{ width: 260 }}
              data-testid="return-warehouse"
            />
          </Form.Item>
        </Form>
      ) : (
        <Typography.Text type="secondary">{t('returns.receive.toDefault')}</Typography.Text>
      )}
    </Modal>
  );
}
