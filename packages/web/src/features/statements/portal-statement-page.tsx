import { CheckCircleOutlined, ExclamationCircleOutlined, FilePdfOutlined, LeftOutlined } from '@ant-design/icons';
import { App, Button, Empty, Form, Input, Result, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDate, inShanghai } from '../../lib/dates.ts';
import '../cart/ordering.css';
import { balanceAmount, balanceSide, statementState } from './statement-balance.ts';
import { lineKey } from './statement-lines.ts';
import { lastEndedMonth, monthOrDefault } from './statement-month.ts';
import {
  AnswerView,
  Balance,
  LineDetailText,
  MonthSwitcher,
  SignedMoney,
  StatementStateTag,
  StatementTotals,
  useMonthLabel,
  WalletSummary,
} from './statement-parts.tsx';
import { type Statement, statementPdfHref, useStatement, useStatementActions } from './statements-api.ts';

/** 对账单 (portal, phone first): the month's figures and lines, the PDF, and 确认无误 / 有异议. */
export function PortalStatementPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const param = useParams().month;
  // A malformed or future month in the address shows last month instead.
  const month = monthOrDefault(param, lastEndedMonth());
  const statement = useStatement(me?.customerId, month);

  if (statement.isError) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        extra={<Button onClick={() => navigate('/portal/statements')}>{t('statements.portal.back')}</Button>}
      />
    );
  }
  if (!statement.data) return <Skeleton active />;
  return (
    <PortalStatement
      statement={statement.data}
      onMonth={(next) => navigate(`/portal/statements/${next}`, { replace: true })}
    />
  );
}

function PortalStatement({ statement: s, onMonth }: { statement: Statement; onMonth: (month: string) => void }) {
  const { t } = useTranslation();
  const label = useMonthLabel();
  const state = statementState({
    ended: s.ended,
    status: s.response?.status ?? null,
    lineCount: s.lines.length,
    closingBalance: s.closingBalance,
  });
  const lastDay = formatDate(new Date(new Date(s.to).getTime() - 1));

  return (
    <div className="ordering-narrow" data-testid="portal-statement" data-month={s.month}>
      <div className="portal-page-head">
        <Link to="/portal/statements" className="portal-back-link" data-testid="statement-back">
          <LeftOutlined /> {t('statements.portal.back')}
        </Link>
        <a
          href={statementPdfHref(s.customerId, s.month)}
          target="_blank"
          rel="noopener"
          className="statement-pdf-link"
          data-testid="statement-pdf"
        >
          <FilePdfOutlined /> PDF
        </a>
      </div>

      <section className="ordering-card statement-head-card">
        <div className="statement-head-row">
          <div>
            <div className="statement-head-month" data-testid="statement-title">
              {label(s.month)} <StatementStateTag state={state} />
            </div>
            <div className="muted statement-head-period">
              {t('statements.portal.period', { from: formatDate(s.from), to: lastDay })}
            </div>
          </div>
          <MonthSwitcher month={s.month} onChange={onMonth} compact />
        </div>
        <div className="statement-head-closing">
          <span className="muted">{t(s.ended ? 'statements.closingPayable' : 'statements.currentPayable')}</span>
          <span className="statement-head-amount" data-testid="statement-closing">
            <Balance fen={s.closingBalance} />
          </span>
        </div>
        {!s.ended ? <p className="muted statement-head-hint">{t('statements.portal.openHint')}</p> : null}
        {s.response ? <AnswerView statement={s} side="customer" /> : null}
        {s.canRespond ? <RespondButtons statement={s} /> : null}
      </section>

      <section className="ordering-card" data-testid="statement-summary">
        <StatementTotals statement={s} owedWording />
      </section>

      <section className="ordering-card statement-lines-card" data-testid="statement-lines">
        <div className="ordering-card-title">
          <span>{t('statements.details')}</span>
          <span className="muted">{t('statements.lines', { count: s.lines.length })}</span>
        </div>
        {s.lines.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statements.noLines')} />
        ) : (
          <ul className="statement-line-list">
            {s.lines.map((line) => (
              <li key={lineKey(line)} className="statement-line" data-testid="statement-line">
                <div className="statement-line-main">
                  <div className="statement-line-head">
                    <Tag className="statement-line-kind">{t(`statements.kinds.${line.kind}`)}</Tag>
                    <span className="statement-reference">{line.reference}</span>
                  </div>
                  <div className="statement-line-meta muted">
                    <span>{inShanghai(line.at).format('MM-DD HH:mm')}</span>
                    <LineDetailText line={line} statement={s} />
                  </div>
                </div>
                <div className="statement-line-figures">
                  <SignedMoney fen={line.amount} testId="statement-line-amount" />
                  <span className="muted statement-line-balance">
                    {t('statements.columns.balance')} <Balance fen={line.balance} />
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="ordering-card">
        <div className="ordering-card-title">
          <span>{t('statements.wallet.title')}</span>
        </div>
        <WalletSummary wallet={s.wallet} />
      </section>
    </div>
  );
}

/** 确认无误 (after a last look at the closing figure) or 有异议 with what is wrong. */
function RespondButtons({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const label = useMonthLabel();
  const [disputing, setDisputing] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const { confirm, dispute } = useStatementActions(statement.customerId, statement.month);
  const disputed = statement.response?.status === 'disputed';

  const askConfirm = () =>
    modal.confirm({
      title: t('statements.portal.confirmTitle', { month: label(statement.month) }),
      content: t('statements.portal.confirmBody', {
        closing: t(`statements.portal.closingSentence.${balanceSide(statement.closingBalance)}`, {
          amount: balanceAmount(statement.closingBalance),
        }),
      }),
      okText: t('statements.portal.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'statement-confirm-ok' },
      onOk: () =>
        confirm.mutateAsync(undefined).then(
          () => void message.success(t('statements.portal.confirmedToast')),
          (error) => showError(error),
        ),
    });

  return (
    <div className="statement-respond" data-testid="statement-respond">
      {disputing ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ comment: disputed ? statement.response?.comment : '' }}
          onFinish={({ comment }) =>
            dispute.mutate(comment.trim(), {
              onSuccess: () => {
                message.success(t('statements.portal.disputedToast'));
                setDisputing(false);
              },
              onError: (error) => showError(error, form),
            })
          }
        >
          <Form.Item
            name="comment"
            label={t('statements.portal.disputeLabel')}
            rules={[{ required: true, whitespace: true, message: t('statements.portal.disputeRequired') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={1000}
              autoFocus
              placeholder={t('statements.portal.disputePlaceholder')}
              data-testid="statement-dispute-input"
            />
          </Form.Item>
          <div className="statement-respond-buttons">
            <Button size="large" onClick={() => setDisputing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="large"
              type="primary"
              danger
              htmlType="submit"
              loading={dispute.isPending}
              data-testid="statement-dispute-submit"
            >
              {t('statements.portal.submitDispute')}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="statement-respond-buttons">
          <Button
            size="large"
            danger
            icon={<ExclamationCircleOutlined />}
            onClick={() => setDisputing(true)}
            data-testid="statement-dispute"
          >
            {t(disputed ? 'statements.portal.disputeAgain' : 'statements.portal.dispute')}
          </Button>
          <Button
            size="large"
            type="primary"
            icon={<CheckCircleOutlined />}
            loading={confirm.isPending}
            onClick={askConfirm}
            data-testid="statement-confirm"
          >
            {t('statements.portal.confirm')}
          </Button>
        </div>
      )}
    </div>
  );
}
