import { App, Button, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import type { MyOrder } from './order-types.ts';
import { type OrderReturn, returnQuantityText, returnStatusColor, returnStatusKey } from './returns.ts';
import { useCancelReturn } from './use-returns.ts';

export function ReturnStatusTag({ status }: { status: OrderReturn['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={returnStatusColor(status)}
      data-testid="return-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(returnStatusKey(status))}
    </Tag>
  );
}

function CancelReturnButton({ id }: { id: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const cancel = useCancelReturn();
  return (
    <Popconfirm
      title={t('portalReturns.cancelAsk')}
      okText={t('portalReturns.cancel')}
      cancelText={t('portalReturns.keep')}
      onConfirm={() =>
        cancel.mutateAsync(id).then(
          () => message.success(t('portalReturns.cancelled')),
          (error) => showError(error),
        )
      }
    >
      <Button size="small" loading={cancel.isPending} data-testid="return-cancel">
        {t('portalReturns.cancel')}
      </Button>
    </Popconfirm>
  );
}

/**
 * One return: status, what goes back, the refund and 撤销申请 while it waits. On the order page the
 * order's lines read quantities in their unit ("2 箱（48 瓶）"); the list names the products only.
 */
export function ReturnCard({ item, lines }: { item: OrderReturn; lines?: MyOrder['lines'] }) {
  const { t } = useTranslation();
  const shownLines = lines ? item.lines : item.lines.slice(0, 2);
  return (
    <div className="order-return" data-testid={`return-${item.id}`}>
      <div className="order-return-head">
        {lines ? (
          <span className="muted">{formatDateTime(item.createdAt)}</span>
        ) : (
          <Link to={`/portal/orders/${item.orderId}`} data-testid="return-order-link">
            {t('portalReturns.order', { number: item.orderNumber })}
          </Link>
        )}
        <ReturnStatusTag status={item.status} />
      </div>
      <ul className="order-return-lines">
        {shownLines.map((part) => {
          const line = lines?.find((candidate) => candidate.id === part.lineId);
          return (
            <li key={part.lineId}>
              {part.productName}
              {line ? ` × ${returnQuantityText(part.quantity, line)}` : null}
            </li>
          );
        })}
        {shownLines.length < item.lines.length ? (
          <li className="muted">{t('portalReturns.more', { count: item.lines.length - shownLines.length })}</li>
        ) : null}
      </ul>
      {item.reason ? (
        <div className="timeline-note">{t('portalReturns.reasonShown', { reason: item.reason })}</div>
      ) : null}
      {item.note ? <div className="timeline-note">{t('portalReturns.noteShown', { note: item.note })}</div> : null}
      <div className="order-return-foot">
        <span>
          {t('portalReturns.refund')}{' '}
          <span className="price-value-sm" data-testid="return-refund">
            {formatMoney(item.refundAmount)}
          </span>
        </span>
        {lines ? null : <span>{formatDateTime(item.createdAt)}</span>}
        {item.allowedActions.includes('cancel') ? <CancelReturnButton id={item.id} /> : null}
      </div>
    </div>
  );
}
