import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { formatMoney, yuanText } from '../../lib/money.ts';
import { ReceivedMoneyFields, receivedBody, useRecordedNotice } from './account-dialogs.tsx';
import { type Bill, type Payment, type Refund, useBill, useRecordOrderPayment } from './finance-api.ts';
import { PaymentStateTag, RefundStateTag } from './finance-tags.tsx';
import { PaymentActions } from './payment-actions.tsx';
import { RefundActions } from './refund-actions.tsx';
import './finance.css';
import { newId } from '../../lib/new-id.ts';

/**
 * 收款 on the console's order page: the order's bill (worth, paid, refunded, due), its payments and
 * refunds with finance's steps, and 登记收款 for a transfer finance has received.
 */
export function OrderBillSection({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const allowed = can(me, 'payments:view');
  const bill = useBill(orderId, allowed);
  const [recording, setRecording] = useState(false);
  if (!allowed) return null;
  const b = bill.data;
  const mayRecord =
    !!b && b.dueAmount > 0 && b.status !== 'cancelled' && can(me, 'payments:create') && can(me, 'payments:confirm');
  return (
    <Card
      title={t('finance.bill.title')}
      style={{ marginBottom: 16 }}
      data-testid="order-bill"
      extra={
        mayRecord ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="bill-record">
            {t('finance.bill.record')}
          </Button>
        ) : null
      }
    >
      {b ? <BillBody bill={b} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      {recording && b ? <RecordPaymentModal bill={b} onClose={() => setRecording(false)} /> : null}
    </Card>
  );
}

function BillBody({ bill: b }: { bill: Bill }) {
  const { t } = useTranslation();
  const figures: { key: string; value: number; className?: string; note?: string }[] = [
    { key: 'worth', value: b.totalAmount },
    ...(b.creditedAmount ? [{ key: 'credited', value: b.creditedAmount }] : []),
    { key: 'paid', value: b.paidAmount },
    ...(b.refundedAmount ? [{ key: 'refunded', value: b.refundedAmount }] : []),
    { key: 'due', value: b.dueAmount, className: b.dueAmount > 0 ? 'finance-due' : 'finance-settled' },
    ...(b.creditOpen
      ? [
          {
            key: 'creditOpen',
            value: b.creditOpen,
            note: b.creditDueAt ? t('finance.bill.creditDue', { date: formatDate(b.creditDueAt) }) : undefined,
          },
        ]
      : []),
  ];
  return (
    <>
      <div className="finance-bill-figures">
        {figures.map((f) => (
          <div key={f.key} className="finance-bill-figure" data-testid={`bill-${f.key}`}>
            <Typography.Text type="secondary">{t(`finance.bill.${f.key}`)}</Typography.Text>
            <span className={`finance-money finance-bill-value ${f.className ?? ''}`}>{formatMoney(f.value)}</span>
            {f.note ? <Typography.Text type="secondary">{f.note}</Typography.Text> : null}
          </div>
        ))}
      </div>
      {b.payments.length ? (
        <Table<Payment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={b.payments}
          data-testid="bill-payments"
          columns={[
            {
              title: t('finance.payments.number'),
              dataIndex: 'number',
              width: 190,
              render: (number: string, p) => <Link to={`/admin/payments?payment=${p.id}`}>{number}</Link>,
            },
            {
              title: t('finance.payments.time'),
              key: 'time',
              width: 140,
              render: (_, p) => formatDateTime(p.paidAt ?? p.createdAt),
            },
            {
              title: t('finance.payments.method'),
              dataIndex: 'method',
              width: 100,
              render: (method: Payment['method']) => t(`orders.paymentMethods.${method}`),
            },
            {
              title: t('finance.payments.amount'),
              dataIndex: 'amount',
              align: 'right',
              width: 120,
              render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
            },
            {
              title: t('finance.payments.payer'),
              key: 'payer',
              ellipsis: true,
              render: (_, p) => [p.payerName, p.providerTradeNo].filter(Boolean).join(' · ') || '-',
            },
            {
              title: t('finance.payments.status'),
              key: 'status',
              width: 90,
              render: (_, p) => <PaymentStateTag payment={p} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 170,
              render: (_, p) => <PaymentActions payment={p} />,
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('finance.bill.none')}</Typography.Text>
      )}
      {b.refunds.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('finance.bill.refunds')}
          </Typography.Title>
          <Table<Refund>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={b.refunds}
            data-testid="bill-refunds"
            columns={[
              { title: t('finance.refunds.number'), dataIndex: 'number', width: 190 },
              {
                title: t('finance.refunds.createdAt'),
                dataIndex: 'createdAt',
                width: 140,
                render: (at: string) => formatDateTime(at),
              },
              {
                title: t('finance.refunds.method'),
                dataIndex: 'method',
                width: 100,
                render: (method: Refund['method']) => t(`orders.paymentMethods.${method}`),
              },
              {
                title: t('finance.refunds.amount'),
                dataIndex: 'amount',
                align: 'right',
                width: 120,
                render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
              },
              {
                title: t('finance.refunds.reason'),
                key: 'reason',
                ellipsis: true,
                render: (_, r) => (
                  <>
                    <Tag>{t(`finance.refundSources.${r.source}`)}</Tag>
                    {r.reason}
                  </>
                ),
              },
              {
                title: t('finance.refunds.status'),
                key: 'status',
                width: 90,
                render: (_, r) => <RefundStateTag refund={r} />,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                render: (_, r) => <RefundActions refund={r} />,
              },
            ]}
          />
        </>
      ) : null}
    </>
  );
}

function RecordPaymentModal({ bill, onClose }: { bill: Bill; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useRecordedNotice();
  const showError = useApiError();
  const record = useRecordOrderPayment(bill.orderId);
  const [idempotencyKey] = useState(() => newId());
  const [form] = Form.useForm();
  const due = formatMoney(bill.dueAmount);
  return (
    <Modal
      open
      title={t('finance.bill.recordTitle', { number: bill.orderNumber })}
      okText={t('finance.bill.recordSubmit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      okButtonProps={{ 'data-testid': 'record-payment-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('finance.bill.recordHint', { due })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ amount: yuanText(bill.dueAmount) }}
        onFinish={(values) => {
          const body = receivedBody(values);
          record.mutate(
            { ...body, idempotencyKey },
            {
              onSuccess: (result) => {
                notice(result, t('finance.bill.recordDone', { amount: formatMoney(body.amount) }));
                onClose();
              },
              onError: (error) => showError(error, form),
            },
          );
        }}
      >
        <ReceivedMoneyFields
          testId="record-payment"
          max={bill.dueAmount}
          maxMessage={t('finance.bill.exceedsDue', { due })}
        />
      </Form>
    </Modal>
  );
}
