import { Alert, App, Form, Input, InputNumber, Modal, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../components/use-api-error.ts';
import { carriers } from './order-carriers.ts';
import { describeOrderError } from './order-errors.ts';
import { leftToShipBySku, type SkuToShip, shipmentLines } from './order-shipping.ts';
import type { OrderView } from './order-types.ts';
import { useOrderActions } from './use-orders.ts';

interface Values {
  carrier?: string;
  otherCarrier?: string;
  trackingNumber?: string;
}

const OTHER = 'other';

/**
 * 发货: every SKU with what is left to ship (base units), prefilled with all of it; lowering a
 * quantity ships part now and leaves the rest for a later shipment.
 */
export function OrderShipModal({ order, onClose }: { order: OrderView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const rows = leftToShipBySku(order.lines).filter((row) => row.left > 0);
  // The dialog is mounted for one shipment at a time, so it starts from what is left now.
  const [quantities, setQuantities] = useState<Record<number, number | null>>(() =>
    Object.fromEntries(rows.map((row) => [row.skuId, row.left])),
  );
  const [problem, setProblem] = useState<string>();
  const { ship } = useOrderActions(order.id);
  const carrier = Form.useWatch('carrier', form);
  const lines = shipmentLines(rows, quantities);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // the fields show what is missing
    setProblem(undefined);
    const name = values.carrier === OTHER ? values.otherCarrier?.trim() : values.carrier;
    ship.mutate(
      { lines, carrier: name || undefined, trackingNumber: values.trackingNumber?.trim() || undefined },
      {
        onSuccess: (view) => {
          message.success(t(view.status === 'shipped' ? 'orders.ship.doneAll' : 'orders.ship.donePart'));
          onClose();
        },
        onError: (error) => {
          const text = describeOrderError(error, t, order.lines);
          if (text) setProblem(text);
          else showError(error);
        },
      },
    );
  };

  const columns: TableColumnsType<SkuToShip> = [
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
    { title: t('orders.ship.ordered'), dataIndex: 'ordered', align: 'right', width: 90 },
    { title: t('orders.ship.shipped'), dataIndex: 'shipped', align: 'right', width: 90 },
    { title: t('orders.ship.left'), dataIndex: 'left', align: 'right', width: 90 },
    {
      title: t('orders.ship.now'),
      key: 'now',
      width: 160,
      render: (_: unknown, row) => (
        <InputNumber<number>
          min={0}
          max={row.left}
          precision={0}
          value={quantities[row.skuId]}
          onChange={(value) => setQuantities((current) => ({ ...current, [row.skuId]: value }))}
          suffix={row.baseUnit}
          style={{ width: 130 }}
          data-testid={`ship-qty-${row.skuId}`}
        />
      ),
    },
  ];

  return (
    <Modal
      open
      title={t('orders.ship.title', { number: order.number })}
      width={760}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('orders.ship.submit')}
      okButtonProps={{ disabled: lines.length === 0, 'data-testid': 'ship-submit' }}
      confirmLoading={ship.isPending}
      data-testid="ship-modal"
    >
      <Table<SkuToShip>
        rowKey="skuId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        style={{ marginBottom: 16 }}
        data-testid="ship-lines"
      />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Space size={16} align="start">
          <Form.Item name="carrier" label={t('orders.ship.carrier')} style={{ width: 180 }}>
            <Select
              allowClear
              placeholder={t('orders.ship.carrierPlaceholder')}
              options={[
                ...carriers.map((code) => ({ value: code, label: t(`orders.carriers.${code}`) })),
                { value: OTHER, label: t('orders.carriers.other') },
              ]}
              data-testid="ship-carrier"
            />
          </Form.Item>
          {carrier === OTHER ? (
            <Form.Item
              name="otherCarrier"
              label={t('orders.ship.otherCarrier')}
              rules={[{ required: true, whitespace: true, message: t('orders.ship.otherCarrierRequired') }]}
              style={{ width: 180 }}
            >
              <Input maxLength={50} data-testid="ship-other-carrier" />
            </Form.Item>
          ) : null}
          <Form.Item name="trackingNumber" label={t('orders.ship.trackingNumber')} style={{ width: 240 }}>
            <Input maxLength={100} data-testid="ship-tracking" />
          </Form.Item>
        </Space>
      </Form>
      {lines.length === 0 ? <Alert type="info" showIcon title={t('orders.ship.nothing')} /> : null}
      {problem ? <Alert type="error" showIcon title={problem} data-testid="ship-error" /> : null}
    </Modal>
  );
}
