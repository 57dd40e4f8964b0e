import { FileExcelOutlined, FilePdfOutlined, LeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Result, Skeleton, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { statementState } from './statement-balance.ts';
import { lineKey, monthChange, relatedOrder } from './statement-lines.ts';
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
import {
  type Statement,
  type StatementLine,
  statementPdfHref,
  statementXlsxHref,
  useStatement,
  useStatementActions,
} from './statements-api.ts';

/** `/admin/customers/:id/statements/:month`: one customer's month as finance checks it. */
export function StatementPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const params = useParams();
  const customerId = Number(params.id);
  // A malformed or future month in the address shows last month instead.
  const month = monthOrDefault(params.month, lastEndedMonth());
  const allowed = can(me, 'statements:view');
  const statement = useStatement(allowed ? customerId : undefined, month);
  if (!allowed) return <Forbidden />;
  if (statement.isError) {
    return statement.error instanceof ApiError && statement.error.status === 404 ? (
      <NotFound home="/admin/statements" />
    ) : (
      <Result status="warning" title={t('common.loadFailed')} />
    );
  }
  if (!statement.data) return <Skeleton active />;
  return (
    <StatementView
      statement={statement.data}
      loading={statement.isFetching}
      onMonth={(next) => navigate(`/admin/customers/${customerId}/statements/${next}`, { replace: true })}
    />
  );
}

type Row = { key: string; line?: StatementLine; edge?: 'opening' | 'closing'; balance: number };

function StatementView({
  statement: s,
  loading,
  onMonth,
}: {
  statement: Statement;
  loading: boolean;
  onMonth: (month: string) => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const label = useMonthLabel();
  const state = statementState({
    ended: s.ended,
    status: s.response?.status ?? null,
    lineCount: s.lines.length,
    closingBalance: s.closingBalance,
  });
  // Orders placed this month link to their page; others (a payment for an older order) stay text.
  const orderIds = new Map(s.orders.map((o) => [o.number, o.id]));
  const orderNumber = (number: string) => {
    const id = orderIds.get(number);
    return id ? (
      <Link to={`/admin/orders/${id}`} className="statement-reference">
        {number}
      </Link>
    ) : (
      <span className="statement-reference">{number}</span>
    );
  };
  // The API's `to` is the first instant of the next month; the period ends the day before.
  const lastDay = formatDate(new Date(new Date(s.to).getTime() - 1));

  const rows: Row[] = [
    { key: 'opening', edge: 'opening', balance: s.openingBalance },
    ...s.lines.map((line) => ({ key: lineKey(line), line, balance: line.balance })),
    { key: 'closing', edge: 'closing', balance: s.closingBalance },
  ];
  const columns: TableColumnsType<Row> = [
    {
      title: t('statements.columns.at'),
      key: 'at',
      width: 140,
      render: (_, row) =>
        row.line ? (
          <span className="statement-nowrap">{formatDateTime(row.line.at)}</span>
        ) : (
          <strong>{t(row.edge === 'opening' ? 'statements.openingRow' : 'statements.closingRow')}</strong>
        ),
      onCell: (row) => (row.edge ? { colSpan: 5 } : {}),
    },
    {
      title: t('statements.columns.kind'),
      key: 'kind',
      width: 90,
      render: (_, row) => (row.line ? <Tag>{t(`statements.kinds.${row.line.kind}`)}</Tag> : null),
      onCell: (row) => (row.edge ? { colSpan: 0 } : {}),
    },
    {
      title: t('statements.columns.reference'),
      key: 'reference',
      width: 200,
      render: (_, row) => {
        if (!row.line) return null;
        const order = relatedOrder(row.line);
        return (
          <div className="statement-reference-cell">
            {orderNumber(row.line.reference)}
            {order ? (
              <span className="statement-related-order">
                {t('statements.kinds.order')} {orderNumber(order)}
              </span>
            ) : null}
          </div>
        );
      },
      onCell: (row) => (row.edge ? { colSpan: 0 } : {}),
    },
    {
      title: t('statements.columns.detail'),
      key: 'detail',
      render: (_, row) => (row.line ? <LineDetailText line={row.line} statement={s} withOrder={false} /> : null),
      onCell: (row) => (row.edge ? { colSpan: 0 } : {}),
    },
    {
      title: t('statements.columns.amount'),
      key: 'amount',
      align: 'right',
      width: 120,
      render: (_, row) => (row.line ? <SignedMoney fen={row.line.amount} /> : null),
      onCell: (row) => (row.edge ? { colSpan: 0 } : {}),
    },
    {
      title: t('statements.columns.balance'),
      key: 'balance',
      align: 'right',
      width: 140,
      render: (_, row) => <Balance fen={row.balance} testId={row.edge ? `lines-${row.edge}` : undefined} />,
    },
  ];

  return (
    <div data-testid="statement-page" data-month={s.month}>
      <div className="statement-links">
        <Link to={`/admin/statements?month=${s.month}`} className="back-link" data-testid="statement-back">
          <LeftOutlined /> {t('statements.backToOverview')}
        </Link>
        <Link to={`/admin/customers/${s.customerId}/statements`} className="back-link">
          {t('statements.customerMonths')}
        </Link>
      </div>
      <div className="page-header">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="statement-title">
            {s.customerName}
            <span className="statement-title-month">{label(s.month)}</span>
            <StatementStateTag state={state} />
          </Typography.Title>
          <Typography.Text type="secondary">
            {s.customerCode} · {formatDate(s.from)} ~ {lastDay}
          </Typography.Text>
        </div>
        <div className="page-header-extra">
          <MonthSwitcher month={s.month} onChange={onMonth} />
          <Button
            icon={<FilePdfOutlined />}
            href={statementPdfHref(s.customerId, s.month)}
            target="_blank"
            rel="noopener"
            data-testid="statement-pdf"
          >
            {t('statements.pdf')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            href={statementXlsxHref(s.customerId, s.month)}
            download
            data-testid="statement-xlsx"
          >
            {t('statements.excel')}
          </Button>
        </div>
      </div>

      <div className="statement-figures">
        <Card size="small" className="statement-figure">
          <div className="statement-figure-label">{t('statements.opening')}</div>
          <div className="statement-figure-value" data-testid="statement-opening">
            <Balance fen={s.openingBalance} />
          </div>
        </Card>
        <Card size="small" className="statement-figure">
          <div className="statement-figure-label">{t('statements.change')}</div>
          <div className="statement-figure-value" data-testid="statement-change">
            <SignedMoney fen={monthChange(s)} />
          </div>
        </Card>
        <Card size="small" className="statement-figure is-closing">
          <div className="statement-figure-label">{t('statements.closing')}</div>
          <div className="statement-figure-value" data-testid="statement-closing">
            <Balance fen={s.closingBalance} />
          </div>
        </Card>
      </div>

      <div className="statement-columns">
        <Card
          title={t('statements.details')}
          extra={<span className="muted">{t('statements.lines', { count: s.lines.length })}</span>}
          styles={{ body: { padding: 0 } }}
        >
          <Table<Row>
            rowKey="key"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            rowClassName={(row) => (row.edge ? 'statement-edge-row' : '')}
            data-testid="statement-lines"
          />
          <div className="statement-hint muted">{t('statements.balance.hint')}</div>
        </Card>
        <div className="statement-side">
          <Card title={t('statements.answer.title')} size="small" data-testid="statement-answer-card">
            {s.response ? (
              <AnswerView statement={s} side="staff" />
            ) : (
              <Typography.Text type="secondary">
                {t(s.ended ? 'statements.answer.none' : 'statements.answer.open')}
              </Typography.Text>
            )}
            {s.response?.status === 'disputed' && can(me, 'payments:confirm') ? (
              <ReplyForm statement={s} key={`${s.customerId}-${s.month}`} />
            ) : null}
          </Card>
          <Card title={t('statements.change')} size="small">
            <StatementTotals statement={s} />
          </Card>
          <Card title={t('statements.wallet.title')} size="small">
            <WalletSummary wallet={s.wallet} />
          </Card>
        </div>
      </div>
    </div>
  );
}

/** Finance answers a dispute; a reply already sent can be rewritten. */
function ReplyForm({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ reply: string }>();
  const existing = statement.response?.reply ?? null;
  const [editing, setEditing] = useState(!existing);
  const { reply } = useStatementActions(statement.customerId, statement.month);
  if (!editing) {
    return (
      <Button
        type="link"
        style={{ paddingInline: 0, marginTop: 8 }}
        onClick={() => setEditing(true)}
        data-testid="statement-reply-edit"
      >
        {t('statements.reply.edit')}
      </Button>
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      className="statement-reply-form"
      initialValues={{ reply: existing ?? '' }}
      onFinish={({ reply: text }) =>
        reply.mutate(text.trim(), {
          onSuccess: () => {
            message.success(t('statements.reply.done'));
            setEditing(false);
          },
          onError: (error) => showError(error, form),
        })
      }
    >
      <Form.Item
        name="reply"
        label={t('statements.reply.label')}
        rules={[{ required: true, whitespace: true, message: t('statements.reply.required') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          placeholder={t('statements.reply.placeholder')}
          data-testid="statement-reply-input"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={reply.isPending} data-testid="statement-reply-submit">
        {t('statements.reply.submit')}
      </Button>
    </Form>
  );
}
