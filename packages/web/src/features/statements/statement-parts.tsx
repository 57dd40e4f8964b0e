import { ExclamationCircleOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space, Tag } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs, formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import {
  balanceAmount,
  balanceSide,
  formatSignedMoney,
  type StatementState,
  statementStateColor,
} from './statement-balance.ts';
import { answerOutdated, lineDetail, relatedOrder } from './statement-lines.ts';
import { monthOf, nextMonth, previousMonth } from './statement-month.ts';
import { lineKinds, type Statement, type StatementLine } from './statements-api.ts';
import './statements.css';

/** "2026-11" as the reader says it: 2026年11月 / Nov 2026. */
export function useMonthLabel() {
  const { t } = useTranslation();
  return (month: string) => dayjs(`${month}-01`).format(t('statements.monthFormat'));
}

export function StatementStateTag({ state }: { state: StatementState }) {
  const { t } = useTranslation();
  return (
    <Tag color={statementStateColor[state]} data-testid="statement-state" data-state={state}>
      {t(`statements.states.${state}`)}
    </Tag>
  );
}

/** A balance owed: ¥1,234.50, or "供应商应退 ¥50.00" when the supplier owes the customer. */
export function Balance({ fen, testId }: { fen: number; testId?: string }) {
  const { t } = useTranslation();
  const side = balanceSide(fen);
  return (
    <span className={`statement-balance is-${side}`} data-testid={testId} data-fen={fen}>
      {side === 'refundDue' ? t('statements.balance.refundDue', { amount: balanceAmount(fen) }) : formatMoney(fen)}
    </span>
  );
}

/**
 * A movement, signed by what it does to the balance owed (+ an order, − a payment) and coloured so;
 * `plain` leaves the colour off where up is not bad news (the wallet).
 */
export function SignedMoney({ fen, testId, plain = false }: { fen: number; testId?: string; plain?: boolean }) {
  const tone = plain ? '' : fen > 0 ? 'is-up' : fen < 0 ? 'is-down' : '';
  return (
    <span className={`statement-signed ${tone}`} data-testid={testId}>
      {formatSignedMoney(fen)}
    </span>
  );
}

/** The line's method, repayment or note in the reader's language, and the order it belongs to. */
export function LineDetailText({
  line,
  statement,
  withOrder = true,
}: {
  line: StatementLine;
  statement: Statement;
  /** Off where the order number is shown beside the line's own. */
  withOrder?: boolean;
}) {
  const { t } = useTranslation();
  const detail = lineDetail(line, statement);
  const parts: string[] = [];
  if (detail.kind === 'method') {
    if (detail.repayment) parts.push(t('statements.repayment'));
    parts.push(t(`orders.paymentMethods.${detail.method}`, { defaultValue: detail.method }));
  } else if (detail.kind === 'note' && detail.note) parts.push(detail.note);
  else if (detail.kind === 'text') parts.push(detail.text);
  const order = withOrder ? relatedOrder(line) : null;
  if (order) parts.push(t('statements.forOrder', { number: order }));
  if (!parts.length) return null;
  // Each part stays on one line (an order number never breaks at its dash); the line breaks between them.
  return (
    <span className="statement-line-detail">
      {parts.map((part, index) => (
        <Fragment key={part}>
          {index > 0 ? ' · ' : null}
          <span className="statement-nowrap">{part}</span>
        </Fragment>
      ))}
    </span>
  );
}

/** The prepaid wallet's month: opening, top-ups, paid from it, refunded to it, adjusted, closing. */
export function WalletSummary({ wallet }: { wallet: Statement['wallet'] }) {
  const { t } = useTranslation();
  const cells: [keyof Statement['wallet'], boolean][] = [
    ['opening', false],
    ['topUps', true],
    ['payments', true],
    ['refunds', true],
    ['adjustments', true],
    ['closing', false],
  ];
  return (
    <dl className="statement-wallet" data-testid="statement-wallet">
      {cells.map(([key, signed]) => (
        <div key={key} className="statement-wallet-cell">
          <dt>{t(`statements.wallet.${key}`)}</dt>
          <dd data-testid={`wallet-${key}`}>
            {signed ? <SignedMoney fen={wallet[key]} plain /> : formatMoney(wallet[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The customer's answer and finance's reply. `side` picks the wording: the customer reads "我的确认",
 * staff read "客户确认".
 */
export function AnswerView({ statement, side }: { statement: Statement; side: 'staff' | 'customer' }) {
  const { t } = useTranslation();
  const response = statement.response;
  if (!response) return null;
  const who = response.respondedByName ?? t('statements.answer.customer');
  const at = formatDateTime(response.respondedAt);
  const said =
    side === 'customer'
      ? t(response.status === 'confirmed' ? 'statements.portal.youConfirmed' : 'statements.portal.youDisputed', {
          name: who,
          at,
        })
      : t(`statements.answer.${response.status}`, { name: who, at });
  return (
    <div className="statement-answer" data-testid="statement-answer" data-status={response.status}>
      <div className="statement-answer-head">
        {/* The portal's title already carries the tag. */}
        {side === 'staff' ? <StatementStateTag state={response.status} /> : null}
        <span className="muted">{said}</span>
      </div>
      {response.comment ? (
        <p className="statement-answer-comment" data-testid="statement-answer-comment">
          {response.comment}
        </p>
      ) : null}
      {answerOutdated(statement) ? (
        <p className="statement-answer-outdated" data-testid="statement-answer-outdated">
          <ExclamationCircleOutlined />{' '}
          {t('statements.answer.outdated', { amount: formatMoney(response.closingBalance) })}
        </p>
      ) : null}
      {response.reply ? (
        <div className="statement-reply" data-testid="statement-reply">
          <div className="statement-reply-head">
            <strong>{t('statements.answer.reply')}</strong>
            <span className="muted">
              {t('statements.answer.repliedBy', {
                name: response.repliedByName ?? '-',
                at: formatDateTime(response.repliedAt),
              })}
            </span>
          </div>
          <p>{response.reply}</p>
        </div>
      ) : side === 'customer' && response.status === 'disputed' ? (
        <p className="muted statement-answer-waiting">{t('statements.portal.waitingReply')}</p>
      ) : null}
    </div>
  );
}

/** Previous month · month picker · next month (`compact`: the arrows alone); never past the current month. */
export function MonthSwitcher({
  month,
  onChange,
  compact = false,
}: {
  month: string;
  onChange: (month: string) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const label = useMonthLabel();
  const latest = monthOf();
  return (
    <Space.Compact className="statement-month-switcher" data-testid="statement-month-switcher">
      <Button
        icon={<LeftOutlined />}
        onClick={() => onChange(previousMonth(month))}
        aria-label={t('statements.previousMonth')}
        title={t('statements.previousMonth')}
        data-testid="statement-month-previous"
      />
      {compact ? null : (
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          format={(value) => label(value.format('YYYY-MM'))}
          disabledDate={(day) => day.format('YYYY-MM') > latest}
          onChange={(day) => day && onChange(day.format('YYYY-MM'))}
          style={{ width: 140 }}
          data-testid="statement-month-picker"
        />
      )}
      <Button
        icon={<RightOutlined />}
        disabled={month >= latest}
        onClick={() => onChange(nextMonth(month))}
        aria-label={t('statements.nextMonth')}
        title={t('statements.nextMonth')}
        data-testid="statement-month-next"
      />
    </Space.Compact>
  );
}

/**
 * From the opening balance to the closing one: each kind's total for the month (orders and payments
 * always, the others when they moved anything). `owedWording` says 应付 to the customer.
 */
export function StatementTotals({ statement, owedWording = false }: { statement: Statement; owedWording?: boolean }) {
  const { t } = useTranslation();
  const shown = lineKinds.filter((kind) => kind === 'order' || kind === 'payment' || statement.totals[kind] !== 0);
  return (
    <dl className="statement-totals" data-testid="statement-totals">
      <div className="statement-totals-row is-edge">
        <dt>{t(owedWording ? 'statements.openingPayable' : 'statements.opening')}</dt>
        <dd data-testid="totals-opening">
          <Balance fen={statement.openingBalance} />
        </dd>
      </div>
      {shown.map((kind) => (
        <div key={kind} className="statement-totals-row">
          <dt>{t(`statements.totals.${kind}`)}</dt>
          <dd data-testid={`totals-${kind}`}>
            <SignedMoney fen={statement.totals[kind]} />
          </dd>
        </div>
      ))}
      <div className="statement-totals-row is-edge is-closing">
        <dt>{t(owedWording ? 'statements.closingPayable' : 'statements.closing')}</dt>
        <dd data-testid="totals-closing">
          <Balance fen={statement.closingBalance} />
        </dd>
      </div>
    </dl>
  );
}
