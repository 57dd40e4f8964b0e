import {
  CarOutlined,
  CheckCircleOutlined,
  CheckOutlined,
  CloseOutlined,
  EditOutlined,
  FileTextOutlined,
  LeftOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { formatRegion } from '../../lib/regions.ts';
import { OrderBillSection } from '../finance/order-bill-section.tsx';
import { ApproveModal, CancelModal } from './order-action-modals.tsx';
import { carrierKey } from './order-carriers.ts';
import { OrderEditModal } from './order-edit-modal.tsx';
import { describeOrderError } from './order-errors.ts';
import { OrderReturnsSection } from './order-returns-section.tsx';
import { OrderShipModal } from './order-ship-modal.tsx';
import { inLineUnit } from './order-shipping.ts';
import { OnBehalfTag, OrderStatusTag, PaymentStatusTag } from './order-status-tag.tsx';
import { OrderTimeline } from './order-timeline.tsx';
import type { OrderLine, OrderShipment, OrderView } from './order-types.ts';
import { useOrder, useOrderActions } from './use-orders.ts';
import './orders.css';

type Dialog = 'approve' | 'ship' | 'cancel' | 'edit';

/** 订单详情: header, lines with what has shipped, shipments, the timeline, and the steps the caller may take. */
export function OrderDetailPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const id = Number(useParams().id);
  const from = (useLocation().state as { from?: string } | null)?.from;
  const allowed = can(me, 'orders:view');
  const order = useOrder(id, allowed);
  if (!allowed) return <Forbidden />;
  if (order.isError) {
    return order.error instanceof ApiError && order.error.status === 404 ? (
      <NotFound home="/admin/orders" />
    ) : (
      <Result status="warning" title={t('common.loadFailed')} />
    );
  }
  const o = order.data;
  return (
    <div data-testid="order-detail">
      <Link
        to={from?.startsWith('/admin/orders') ? from : '/admin/orders'}
        className="back-link"
        data-testid="order-back"
      >
        <LeftOutlined /> {t('orders.backToList')}
      </Link>
      {o ? <OrderDetail order={o} /> : <Skeleton active />}
    </div>
  );
}

function OrderDetail({ order: o }: { order: OrderView }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { modal, message } = App.useApp();
  const showError = useApiError();
  const [dialog, setDialog] = useState<Dialog>();
  const actions = useOrderActions(o.id);
  const may = (action: OrderView['allowedActions'][number]) => o.allowedActions.includes(action);

  const fail = (error: unknown) => {
    const text = describeOrderError(error, t, o.lines);
    if (text) message.error(text);
    else showError(error);
  };
  const done = (text: string) => {
    message.success(text);
    setDialog(undefined);
  };
  const complete = () =>
    modal.confirm({
      title: t('orders.complete.title'),
      content: t('orders.complete.hint'),
      okText: t('orders.actions.complete'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'complete-submit' },
      onOk: () =>
        actions.complete.mutateAsync().then(
          () => message.success(t('orders.complete.done')),
          (error: unknown) => fail(error),
        ),
    });

  const address = o.address;
  return (
    <>
      <Card className="order-summary" style={{ marginBottom: 16 }}>
        <div className="order-summary-head">
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="order-number">
              {o.number}
            </Typography.Title>
            <Space size={4} wrap style={{ marginTop: 8 }}>
              <OrderStatusTag status={o.status} />
              <PaymentStatusTag status={o.paymentStatus} />
              {o.placedByKind === 'staff' ? <OnBehalfTag /> : null}
            </Space>
          </div>
          <div className="order-summary-total">
            <Typography.Text type="secondary">{t('orders.totalAmount')}</Typography.Text>
            <span className="order-total order-money" data-testid="order-total">
              {formatMoney(o.totalAmount)}
            </span>
          </div>
        </div>
        <Space className="order-actions" wrap data-testid="order-actions">
          {may('approve') ? (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setDialog('approve')}
              data-testid="order-approve"
            >
              {t('orders.actions.approve')}
            </Button>
          ) : null}
          {may('ship') ? (
            <Button type="primary" icon={<CarOutlined />} onClick={() => setDialog('ship')} data-testid="order-ship">
              {t('orders.actions.ship')}
            </Button>
          ) : null}
          {may('complete') ? (
            <Button icon={<CheckCircleOutlined />} onClick={complete} data-testid="order-complete">
              {t('orders.actions.complete')}
            </Button>
          ) : null}
          {may('edit') ? (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="order-edit">
              {t('orders.actions.edit')}
            </Button>
          ) : null}
          {may('cancel') ? (
            <Button danger icon={<CloseOutlined />} onClick={() => setDialog('cancel')} data-testid="order-cancel">
              {t('orders.actions.cancel')}
            </Button>
          ) : null}
          {can(me, 'orders:ship') ? (
            <Button
              icon={<PrinterOutlined />}
              href={`/api/orders/${o.id}/picking-list.pdf`}
              target="_blank"
              rel="noopener"
              data-testid="order-picking-list"
            >
              {t('orders.documents.pickingList')}
            </Button>
          ) : null}
          <Button
            icon={<FileTextOutlined />}
            href={`/api/orders/${o.id}/delivery-note.pdf`}
            target="_blank"
            rel="noopener"
            data-testid="order-delivery-note"
          >
            {t('orders.documents.deliveryNote')}
          </Button>
        </Space>
        <Descriptions column={3} size="small" style={{ marginTop: 16 }} data-testid="order-info">
          <Descriptions.Item label={t('orders.customer')}>
            {can(me, 'customers:view') ? (
              <Link to={`/admin/customers/${o.customerId}`} data-testid="order-customer">
                {o.customerName}
              </Link>
            ) : (
              o.customerName
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.salesperson')}>{o.salespersonName ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('orders.placedBy')}>
            {o.placedByName ?? '-'}
            <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
              ({t(o.placedByKind === 'staff' ? 'orders.actorKinds.staff' : 'orders.actorKinds.customer')})
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.placedAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.shippedAt')}>{formatDateTime(o.shippedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.completedAt')}>{formatDateTime(o.completedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.totalAmount')}>{formatMoney(o.totalAmount)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.paidAmount')}>{formatMoney(o.paidAmount)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.paymentMethod')}>
            {o.paymentMethod ? t(`orders.paymentMethods.${o.paymentMethod}`) : '-'}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.address')} span={3}>
            {address ? (
              <span data-testid="order-address">
                {address.contactName} {address.phone} ·{' '}
                {formatRegion(
                  { province: address.province, city: address.city, district: address.district },
                  address.address,
                )}
              </span>
            ) : (
              t('orders.noAddress')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.remark')} span={3}>
            {o.remark || '-'}
          </Descriptions.Item>
          {o.cancelReason ? (
            <Descriptions.Item label={t('orders.cancelReason')} span={3}>
              <Typography.Text type="danger">{o.cancelReason}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('orders.lines.title')} style={{ marginBottom: 16 }}>
        <OrderLines order={o} />
      </Card>
      <OrderBillSection orderId={o.id} />
      <OrderReturnsSection order={o} />
      <Row gutter={16}>
        <Col span={14}>
          <Card title={t('orders.shipments.title', { count: o.shipments.length })} style={{ marginBottom: 16 }}>
            <OrderShipments order={o} />
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('orders.timeline')}>
            <OrderTimeline events={o.events} lines={o.lines} />
          </Card>
        </Col>
      </Row>
      {dialog === 'approve' ? (
        <ApproveModal
          status={o.status}
          pending={actions.approve.isPending}
          onClose={() => setDialog(undefined)}
          onSubmit={(note) =>
            actions.approve.mutate(note, { onSuccess: () => done(t('orders.approve.done')), onError: fail })
          }
        />
      ) : null}
      {dialog === 'cancel' ? (
        <CancelModal
          pending={actions.cancel.isPending}
          onClose={() => setDialog(undefined)}
          onSubmit={(reason) =>
            actions.cancel.mutate(reason, { onSuccess: () => done(t('orders.cancel.done')), onError: fail })
          }
        />
      ) : null}
      {dialog === 'edit' ? <OrderEditModal order={o} onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'ship' ? <OrderShipModal order={o} onClose={() => setDialog(undefined)} /> : null}
    </>
  );
}

/** Base units shipped of ordered, with the line's own unit alongside when it is whole cases: "24 / 48（1 / 2 箱）". */
function Shipped({ line }: { line: OrderLine }) {
  const cases =
    line.unitFactor > 1 && line.shippedQuantity % line.unitFactor === 0
      ? `${line.shippedQuantity / line.unitFactor} / ${line.quantity} ${line.unitName}`
      : undefined;
  const complete = line.shippedQuantity >= line.baseQuantity;
  return (
    <span className={complete ? 'order-shipped-done' : undefined} data-testid={`line-shipped-${line.id}`}>
      {line.shippedQuantity} / {line.baseQuantity}
      {cases ? (
        <Typography.Text type="secondary" className="order-shipped-unit">
          {cases}
        </Typography.Text>
      ) : null}
    </span>
  );
}

function OrderLines({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<OrderLine> = [
    { title: '#', dataIndex: 'lineNo', width: 44 },
    { title: t('orders.lines.code'), dataIndex: 'skuCode', width: 150 },
    {
      title: t('orders.lines.product'),
      key: 'product',
      render: (_: unknown, line) => (
        <div className="order-product-cell">
          <span>{line.productName}</span>
          {line.skuName ? <Typography.Text type="secondary">{line.skuName}</Typography.Text> : null}
        </div>
      ),
    },
    {
      title: t('orders.lines.unit'),
      dataIndex: 'unitName',
      width: 80,
      render: (unit: string, line) =>
        line.unitFactor > 1 ? (
          <span>
            {unit}
            <Typography.Text type="secondary"> ×{line.unitFactor}</Typography.Text>
          </span>
        ) : (
          unit
        ),
    },
    { title: t('orders.lines.quantity'), dataIndex: 'quantity', align: 'right', width: 80 },
    {
      title: t('orders.lines.unitPrice'),
      dataIndex: 'unitPrice',
      align: 'right',
      width: 100,
      render: (fen: number) => formatMoney(fen),
    },
    {
      title: t('orders.lines.amount'),
      dataIndex: 'amount',
      align: 'right',
      width: 110,
      render: (fen: number) => <span className="order-money">{formatMoney(fen)}</span>,
    },
    {
      title: t('orders.lines.shipped'),
      key: 'shipped',
      align: 'right',
      width: 130,
      render: (_: unknown, line) => <Shipped line={line} />,
    },
  ];
  return (
    <Table<OrderLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={order.lines}
      pagination={false}
      data-testid="order-lines"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={6} align="right">
            {t('orders.totalAmount')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong className="order-money">{formatMoney(order.totalAmount)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
        </Table.Summary.Row>
      )}
    />
  );
}

function OrderShipments({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  if (!order.shipments.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.shipments.none')} />;
  const lineOf = new Map(order.lines.map((line) => [line.id, line]));
  const carrierName = (s: OrderShipment) => {
    const key = carrierKey(s.carrier);
    return key ? t(key) : s.carrier || t('orders.shipments.noCarrier');
  };
  return (
    <div className="order-shipments" data-testid="order-shipments">
      {order.shipments.map((shipment, index) => (
        <div className="order-shipment" key={shipment.id} data-testid={`order-shipment-${index + 1}`}>
          <div className="order-shipment-head">
            <strong>{t('orders.shipments.nth', { n: index + 1 })}</strong>
            <span>{carrierName(shipment)}</span>
            {shipment.trackingNumber ? <Typography.Text copyable>{shipment.trackingNumber}</Typography.Text> : null}
            <Typography.Text type="secondary" className="order-shipment-meta">
              {shipment.createdByName ?? '-'} · {formatDateTime(shipment.createdAt)}
            </Typography.Text>
          </div>
          <ul className="order-shipment-lines">
            {shipment.lines.map((part) => {
              const line = lineOf.get(part.lineId);
              return (
                <li key={`${part.lineId}-${part.warehouseId}`}>
                  <span>
                    {line ? `${line.productName}${line.skuName ? ` · ${line.skuName}` : ''}` : `SKU ${part.skuId}`}
                  </span>
                  <span className="order-shipment-qty">
                    × {part.quantity}
                    {line && inLineUnit(part.quantity, line) ? `（${inLineUnit(part.quantity, line)}）` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
