import { type Static, Type } from 'typebox';
import { paymentMethods, paymentStates, reconciliationKinds, reconciliationResults } from '../../db/schema/index.ts';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

export const Kind = Type.Enum(reconciliationKinds, {
  description: 'alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水',
});
export const Result = Type.Enum(reconciliationResults, {
  description: 'matched 已匹配, amount_mismatch 金额不符, only_in_statement 仅对账单有, only_in_system 仅系统有',
});
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Asia/Shanghai)' });
const Header = Type.String({ minLength: 1, maxLength: 100, description: 'a header of the file' });

export const ColumnMapping = Type.Object(
  {
    txnNo: Type.Optional(Header),
    amount: Type.Optional(Type.String({ ...Header, description: 'the amount column (yuan); or creditAmount' })),
    creditAmount: Type.Optional(
      Type.String({
        ...Header,
        description: 'bank files: the money-in column (收入 / 贷方); lines without it are left out',
      }),
    ),
    date: Type.String({ maxLength: 100, description: 'the date (or date and time) column' }),
    time: Type.Optional(Header),
    payer: Type.Optional(Header),
    memo: Type.Optional(Header),
    orderRef: Type.Optional(Type.String({ ...Header, description: 'our payment number (商户订单号)' })),
  },
  { additionalProperties: false },
);

const SourceName = Type.String({ minLength: 1, maxLength: 60, description: 'e.g. 支付宝, 工商银行基本户' });

export const SourceView = Type.Object({
  id: Id,
  name: Type.String(),
  kind: Kind,
  mapping: ColumnMapping,
  updatedAt: DateTime,
});
export type SourceView = Static<typeof SourceView>;
export const SourceList = Type.Object({ items: Type.Array(SourceView) });
export const SourceParams = Type.Object({ name: SourceName });
export const SourceBody = Type.Object({ kind: Kind, mapping: ColumnMapping });

/** The multipart text fields of a run (besides `file`), validated by the service. */
export const RunFields = Type.Object({
  source: SourceName,
  kind: Kind,
  mapping: ColumnMapping,
  periodFrom: Type.Optional(Day),
  periodTo: Type.Optional(Day),
});
export type RunFields = Static<typeof RunFields>;
export const PreviewFields = Type.Object({ source: Type.Optional(SourceName), kind: Type.Optional(Kind) });

export const PreviewView = Type.Object({
  kind: Kind,
  headers: Type.Array(Type.String()),
  rows: Type.Array(Type.Array(Type.String()), { description: 'the first 20 rows, cells aligned with headers' }),
  rowCount: Type.Integer(),
  mapping: ColumnMapping,
  /** The remembered source whose mapping was used, if any. */
  source: Nullable(
    Type.String({ description: 'the named source, or a remembered one of the same kind whose columns the file has' }),
  ),
  period: Nullable(
    Type.Object({ from: Day, to: Day }, { description: 'the dates of the lines under the mapping; null if none read' }),
  ),
  sources: Type.Array(SourceView),
});
export type PreviewView = Static<typeof PreviewView>;

export const RunSummary = Type.Object({
  matched: Type.Integer(),
  amount_mismatch: Type.Integer(),
  only_in_statement: Type.Integer(),
  only_in_system: Type.Integer(),
  statementLines: Type.Integer({ description: 'lines reconciled, refunds included' }),
  refundLines: Type.Integer({ description: 'refund lines of a provider bill, matched against refunds' }),
  statementAmount: Type.Integer({ description: 'fen: payments in the file, refunds not included' }),
  systemAmount: Type.Integer({ description: 'fen: payments recorded in the period' }),
  matchedAmount: Type.Integer({ description: 'fen: matched payments' }),
});
export type RunSummary = Static<typeof RunSummary>;

export const RunView = Type.Object({
  id: Id,
  kind: Kind,
  sourceId: Nullable(Id),
  sourceName: Type.String(),
  fileName: Type.String(),
  mapping: ColumnMapping,
  periodFrom: Day,
  periodTo: Day,
  summary: RunSummary,
  createdByName: Nullable(Type.String()),
  createdAt: DateTime,
  confirmable: Type.Integer({ description: 'matched pending offline transfers that confirm would settle now' }),
  confirmed: Type.Integer({ description: 'transfers confirmed from this run' }),
});
export type RunView = Static<typeof RunView>;
export const RunList = Paged(RunView);
export const RunListQuery = Type.Object(PageQuery);

export const ItemView = Type.Object({
  id: Id,
  result: Result,
  lineNo: Nullable(Type.Integer({ description: 'the row in the file; null for only_in_system' })),
  txnNo: Nullable(Type.String({ description: 'the statement’s transaction number; for a refund line the refund’s' })),
  amount: Nullable(Type.Integer({ description: 'fen as the statement says; negative for a refund line' })),
  occurredAt: Nullable(DateTime),
  payer: Nullable(Type.String()),
  memo: Nullable(Type.String()),
  matchedBy: Nullable(Type.Enum(['txn_no', 'amount_date_payer', 'refund_no'])),
  confirmed: Type.Boolean(),
  paymentId: Nullable(Id),
  paymentNumber: Nullable(Type.String()),
  paymentAmount: Nullable(Type.Integer({ description: 'fen as recorded; for a refund line minus the refund' })),
  paymentStatus: Nullable(Type.Enum(paymentStates)),
  paymentMethod: Nullable(Type.Enum(paymentMethods)),
  paymentTime: Nullable(DateTime),
  paymentPayerName: Nullable(Type.String()),
  providerTradeNo: Nullable(Type.String()),
  refundNumber: Nullable(Type.String()),
  customerId: Nullable(Id),
  customerName: Nullable(Type.String()),
});
export type ItemView = Static<typeof ItemView>;

export const RunDetailQuery = Type.Object({ ...PageQuery, result: Type.Optional(Result) });
export const RunDetail = Type.Object({
  ...RunView.properties,
  items: Type.Array(ItemView),
  itemsTotal: Type.Integer({ description: 'items of the asked result (all when none)' }),
});
export const ConfirmResult = Type.Object({ confirmed: Type.Integer() });
