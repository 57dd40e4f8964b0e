import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates.ts';
import { carrierKey } from './order-carriers.ts';
import { orderStatusColor, orderStatusKey } from './order-status.ts';
import type { OrderEvent } from './order-types.ts';

const eventColors: Record<string, string> = {
  placed: 'blue',
  approved: 'green',
  shipped: 'cyan',
  completed: 'green',
  cancelled: 'red',
  edited: 'orange',
};

/** The order's timeline, oldest first: what happened, the status it moved, who and when, and the note. */
export function OrderTimeline({ events }: { events: readonly OrderEvent[] }) {
  const { t } = useTranslation();
  const note = (event: OrderEvent): string => {
    if (event.kind === 'shipped' && event.details) {
      const carrier = String(event.details.carrier ?? '');
      const key = carrierKey(carrier);
      return [key ? t(key) : carrier, String(event.details.trackingNumber ?? '')].filter(Boolean).join(' ');
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
              {event.toStatus ? (
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
          </div>
        ),
      }))}
    />
  );
}
