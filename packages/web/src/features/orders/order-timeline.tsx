import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { carrierKey } from './order-carriers.ts';
import { editChanges } from './order-edit.ts';
import { orderStatusColor, orderStatusKey } from './order-status.ts';
import type { OrderEvent, OrderLine } from './order-types.ts';

const eventColors: Record<string, string> = {
  placed: 'blue',
  approved: 'green',
  shipped: 'cyan',
  completed: 'green',
  cancelled: 'red',
  edited: 'orange',
  return_requested: 'orange',
  return_approved: 'blue',
  return_received: 'green',
  return_rejected: 'red',
  return_cancelled: 'gray',
};

/** An edit's changed lines (before → after, by SKU code) and the total before → after. */
function EditedDetails({ details, names }: { details: Record<string, unknown>; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const changes = editChanges(details);
  const totalBefore = typeof details.totalBefore === 'number' ? details.totalBefore : undefined;
  const totalAfter = typeof details.totalAfter === 'number' ? details.totalAfter : undefined;
  const part = (p: { quantity: number; unitPrice: number }, unit: string) =>
    `${p.quantity} ${unit} × ${formatMoney(p.unitPrice)}`;
  return (
    <div className="order-event-edit" data-testid="order-event-edit">
      {changes.length ? (
        <ul>
          {changes.map((c) => (
            <li key={`${c.skuCode}-${c.unitName}`}>
              {names.get(c.skuCode) ? `${names.get(c.skuCode)} ` : ''}
              <span className="customer-code">{c.skuCode}</span>{' '}
              {c.before && c.after ? (
                <>
                  {part(c.before, c.unitName)} → <strong>{part(c.after, c.unitName)}</strong>
                </>
              ) : c.after ? (
                <Tag color="green" variant="filled" className="mini-tag">
                  {t('orders.edit.added')} {part(c.after, c.unitName)}
                </Tag>
              ) : c.before ? (
                <Tag color="red" variant="filled" className="mini-tag">
                  {t('orders.edit.removed')} {part(c.before, c.unitName)}
                </Tag>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {totalBefore !== undefined && totalAfter !== undefined ? (
        <div data-testid="order-event-edit-total">
          {t('orders.totalAmount')}：{formatMoney(totalBefore)} → <strong>{formatMoney(totalAfter)}</strong>
        </div>
      ) : null}
    </div>
  );
}

/** The order's timeline, oldest first: what happened, the status it moved, who and when, and the note. */
export function OrderTimeline({
  events,
  lines = [],
}: {
  events: readonly OrderEvent[];
  /** The order's lines, to name the SKUs an edit changed (a line removed since is named by its code). */
  lines?: readonly Pick<OrderLine, 'skuCode' | 'productName'>[];
}) {
  const { t } = useTranslation();
  const names = new Map(lines.map((line) => [line.skuCode, line.productName]));
  const note = (event: OrderEvent): string => {
    if (event.kind === 'shipped' && event.details) {
      const carrier = String(event.details.carrier ?? '');
      const key = carrierKey(carrier);
      return [key ? t(key) : carrier, String(event.details.trackingNumber ?? '')].filter(Boolean).join(' ');
    }
    if (event.kind === 'edited' && event.note) return t('orders.edit.reasonNote', { reason: event.note });
    if (event.kind.startsWith('return_') && typeof event.details?.refundAmount === 'number') {
      const refund = t('returns.refundAmountOf', { amount: formatMoney(event.details.refundAmount) });
      return [event.note, refund].filter(Boolean).join(' · ');
    }
    return event.note;
  };
  return (
    <Timeline
      data-testid="order-timeline"
      items={events.map((event) => ({
        key: event.id,
        color: eventColors[event.kind] ?? 'gray',
        content: (
          <div className="order-event" data-testid={`order-event-${event.kind}`}>
            <div className="order-event-head">
              <strong>{t(`orders.events.${event.kind}`, { defaultValue: event.kind })}</strong>
              {event.toStatus && event.toStatus !== event.fromStatus ? (
                <span className="order-event-status">
                  {event.fromStatus ? (
                    <>
                      <Tag variant="filled">{t(orderStatusKey(event.fromStatus))}</Tag>→
                    </>
                  ) : null}
                  <Tag color={orderStatusColor(event.toStatus)}>{t(orderStatusKey(event.toStatus))}</Tag>
                </span>
              ) : null}
            </div>
            <Typography.Text type="secondary" className="order-event-meta">
              {event.actorName ?? '-'} · {t(`orders.actorKinds.${event.actorKind}`)} · {formatDateTime(event.createdAt)}
            </Typography.Text>
            {note(event) ? <div className="order-event-note">{note(event)}</div> : null}
            {event.kind === 'edited' && event.details ? <EditedDetails details={event.details} names={names} /> : null}
          </div>
        ),
      }))}
    />
  );
}
