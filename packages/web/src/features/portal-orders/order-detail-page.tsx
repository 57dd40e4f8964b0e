import {
  CarOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FilePdfOutlined,
  LeftOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { Button, Result, Skeleton, Steps, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTime, inShanghai } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { formatRegion } from '../../lib/regions.ts';
import { CartLine } from '../cart/cart-line.tsx';
import { useMayOrder } from '../cart/may-order.tsx';
import { orderStatusKey } from '../orders/order-status.ts';
import '../cart/ordering.css';
import { OrderBill } from '../portal-payments/order-bill.tsx';
import { describeEdit } from './edit-wording.ts';
import { CancelOrderButton, ConfirmReceiptButton, ReorderButton } from './order-actions.tsx';
import { ReturnCard } from './order-returns.tsx';
import { actorSide, eventKey, orderProgress } from './order-stages.ts';
import type { MyOrder, MyOrderEvent } from './order-types.ts';
import './portal-orders.css';
import { mayReturnFrom } from '../returns/returns.ts';
import { RequestReturnButton } from './return-sheet.tsx';
import { useMyOrder, useOrderSettings } from './use-my-orders.ts';
import { useOrderReturns } from './use-returns.ts';

/** 订单详情: where the order is (every internal stage), what happened and who did it, lines, shipments. */
export function OrderDetailPage() {
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
  return <OrderView order={order.data} />;
}

function OrderView({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useOrderSettings();
  const progress = orderProgress(order, settings.data);
  const canReorder = useMayOrder();
  const actions = order.allowedActions;
  const returns = useOrderReturns(order.id);
  const canReturn = canReorder && mayReturnFrom(order.status);

  return (
    <div className="ordering-narrow" data-testid="order-detail">
      <div className="portal-page-head">
        <Link to="/portal/orders" className="portal-back-link" data-testid="order-back">
          <LeftOutlined /> {t('portalOrders.back')}
        </Link>
        <span className="order-head-links">
          <a
            href={`/api/orders/${order.id}/delivery-note.pdf`}
            target="_blank"
            rel="noopener"
            data-testid="order-delivery-note"
          >
            <FilePdfOutlined /> {t('portalOrders.deliveryNote')}
          </a>
        </span>
      </div>

      <section className="ordering-card order-status-card">
        <div className="order-status-title" data-testid="order-status-title" data-status={order.status}>
          {t(orderStatusKey(order.status))}
        </div>
        <div className="order-card-meta">
          <span data-testid="order-number">
            {t('portalOrders.number')} {order.number}
          </span>
          <span>
            {t('portalOrders.placedAt')} {formatDateTime(order.createdAt)}
          </span>
        </div>
        {order.cancelReason ? (
          <div className="order-cancel-reason">
            {t('portalOrders.cancelReasonShown', { reason: order.cancelReason })}
          </div>
        ) : null}
        <Steps
          className="order-steps"
          type="dot"
          size="small"
          titlePlacement="vertical"
          responsive={false}
          current={progress.current}
          status={progress.state}
          data-testid="order-steps"
          items={progress.steps.map((step, index) => {
            const cancelledHere = progress.state === 'error' && index === progress.current;
            const at = cancelledHere ? progress.cancelledAt : index <= progress.current ? step.reachedAt : undefined;
            return {
              title: cancelledHere ? t(orderStatusKey('cancelled')) : t(`portalOrders.stages.${step.stage}`),
              content: at ? inShanghai(at).format('MM-DD HH:mm') : null,
            };
          })}
        />
      </section>

      <section className="ordering-card" data-testid="order-address">
        <div className="ordering-card-title">
          <span>
            <EnvironmentOutlined /> {t('portalOrders.address')}
          </span>
        </div>
        {order.address ? (
          <>
            <div>
              <span className="address-choice-name">{order.address.contactName}</span>
              <span className="address-choice-phone">{order.address.phone}</span>
            </div>
            <div className="address-choice-text">{formatRegion(order.address, order.address.address)}</div>
          </>
        ) : (
          <div className="muted">{t('portalOrders.noAddress')}</div>
        )}
        {order.remark ? (
          <div className="order-remark" data-testid="order-remark">
            <span className="muted">{t('portalOrders.remark')}：</span>
            {order.remark}
          </div>
        ) : null}
      </section>

      <section className="ordering-card checkout-lines" data-testid="order-lines">
        <div className="ordering-card-title">
          <span>{t('portalOrders.lines')}</span>
          <span className="muted">{t('portalOrders.lineCount', { count: order.lines.length })}</span>
        </div>
        {order.lines.map((line) => (
          <CartLine
            key={line.id}
            thumbUrl={null}
            name={line.productName}
            spec={`${line.skuName} · ${line.skuCode}`}
            testId={`order-line-${line.skuId}`}
          >
            <div className="checkout-line-qty">
              <span>
                {formatMoney(line.unitPrice)}/{line.unitName} × {line.quantity}
                {line.shippedQuantity > 0 ? (
                  <span className="order-line-shipped">
                    {t('portalOrders.shippedQty', {
                      count: line.shippedQuantity / Math.max(1, line.unitFactor),
                      unit: line.unitName,
                    })}
                  </span>
                ) : null}
              </span>
              <strong>{formatMoney(line.amount)}</strong>
            </div>
          </CartLine>
        ))}
        <div className="checkout-summary-row order-total-row">
          <span>{t('portalOrders.total')}</span>
          <span className="price-value-sm" data-testid="order-total">
            {formatMoney(order.totalAmount)}
          </span>
        </div>
      </section>

      <OrderBill orderId={order.id} />

      <section className="ordering-card" data-testid="order-shipments">
        <div className="ordering-card-title">
          <span>
            <CarOutlined /> {t('portalOrders.shipments')}
          </span>
        </div>
        {order.shipments.length === 0 ? (
          <div className="muted">{t('portalOrders.noShipments')}</div>
        ) : (
          order.shipments.map((shipment) => (
            <div key={shipment.id} className="order-shipment" data-testid="order-shipment">
              <div>
                <strong>{shipment.carrier || '-'}</strong>
                <span className="order-tracking">
                  {shipment.trackingNumber
                    ? `${t('portalOrders.trackingNumber')} ${shipment.trackingNumber}`
                    : t('portalOrders.noTracking')}
                </span>
              </div>
              <div className="muted order-shipment-time">{formatDateTime(shipment.createdAt)}</div>
            </div>
          ))
        )}
      </section>

      {returns.data?.length ? (
        <section className="ordering-card" data-testid="order-returns">
          <div className="ordering-card-title">
            <span>
              <RollbackOutlined /> {t('portalReturns.section')}
            </span>
            <Link to="/portal/returns">{t('portalReturns.title')}</Link>
          </div>
          {returns.data.map((item) => (
            <ReturnCard key={item.id} item={item} lines={order.lines} />
          ))}
        </section>
      ) : null}

      <section className="ordering-card" data-testid="order-timeline">
        <div className="ordering-card-title">{t('portalOrders.timeline')}</div>
        <Timeline
          items={[...order.events].reverse().map((event, index) => ({
            key: event.id,
            color: index === 0 ? 'blue' : 'gray',
            content: <TimelineEntry event={event} lines={order.lines} />,
          }))}
        />
      </section>

      {(canReorder || actions.includes('cancel') || actions.includes('complete')) && (
        <div className="portal-action-bar order-action-bar">
          {actions.includes('cancel') ? <CancelOrderButton orderId={order.id} /> : null}
          {actions.includes('edit') ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/portal/orders/${order.id}/edit`)}
              data-testid="order-edit"
            >
              {t('portalOrders.edit')}
            </Button>
          ) : null}
          {canReturn && returns.data ? <RequestReturnButton order={order} returns={returns.data} /> : null}
          {canReorder ? <ReorderButton orderId={order.id} /> : null}
          {actions.includes('complete') ? <ConfirmReceiptButton orderId={order.id} /> : null}
        </div>
      )}
    </div>
  );
}

function TimelineEntry({ event, lines }: { event: MyOrderEvent; lines: MyOrder['lines'] }) {
  const { t } = useTranslation();
  const side = actorSide(event);
  const status = event.toStatus ? t(orderStatusKey(event.toStatus)) : '';
  const refund = event.details?.refundAmount;
  const amount = typeof refund === 'number' ? formatMoney(refund) : '';
  // An edit says who changed what in one sentence, the supplier's reason in it.
  const edited = event.kind === 'edited';
  return (
    <div className="timeline-entry" data-testid="timeline-entry" data-kind={event.kind}>
      <div className="timeline-what">
        {edited ? describeEdit(event, lines, t) : t(`portalOrders.events.${eventKey(event)}`, { status, amount })}
      </div>
      {event.note && !edited ? <div className="timeline-note">{event.note}</div> : null}
      <div className="timeline-meta">
        {edited ? null : (
          <span>
            {side === 'system'
              ? t('portalOrders.actors.system')
              : t(`portalOrders.actors.${side}`, { name: event.actorName ?? '' })}
          </span>
        )}
        <span>{formatDateTime(event.createdAt)}</span>
      </div>
    </div>
  );
}
