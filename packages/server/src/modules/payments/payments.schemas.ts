import { Type } from 'typebox';
import {
  accountKinds,
  entryKinds,
  orderStatuses,
  paymentMethods,
  paymentPurposes,
  paymentStates,
  paymentStatuses,
  refundSources,
  refundStates,
} from '../../db/schema/index.ts';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

const Fen = Type.Integer({ minimum: 1, maximum: 100_000_000_000, description: 'fen' });
const SignedFen = Type.Integer({ minimum: -100_000_000_000, maximum: 100_000_000_000, description: 'fen, signed' });
const Money = Type.Integer({ description: 'fen' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Asia/Shanghai)' });

export const PaymentMethod = Type.Enum(paymentMethods);
export const PaymentState = Type.Enum(paymentStates);
export const PaymentStatus = Type.Enum(paymentStatuses);

export const PayOrderBody = Type.Object({
  method: PaymentMethod,
  amount: Type.Optional(Type.Integer({ ...Fen, description: 'fen; default: all that is due' })),
  payerName: Type.Optional(
    Type.String({ maxLength: 100, description: 'offline: the account name the transfer came from' }),
  ),
  note: Type.Optional(Type.String({ maxLength: 500 })),
  providerTradeNo: Type.Optional(Type.String({ maxLength: 100, description: 'offline: the bank reference' })),
});

export const AccountMoneyBody = Type.Object({
  amount: Fen,
  note: Type.Optional(Type.String({ maxLength: 500 })),
  method: Type.Optional(
    Type.Enum(['offline', 'alipay', 'wechat'], {
      description: 'offline (default): recorded by finance, or reported by the buyer for finance to confirm',
    }),
  ),
  payerName: Type.Optional(Type.String({ maxLength: 100 })),
  providerTradeNo: Type.Optional(Type.String({ maxLength: 100 })),
});

export const AdjustBody = Type.Object({
  amount: Type.Integer({ ...SignedFen, not: { const: 0 } }),
  note: Type.String({ minLength: 1, maxLength: 500 }),
});
export const AccountParams = Type.Object({ id: Id, account: Type.Enum(accountKinds) });

export const ConfirmBody = Type.Object({
  providerTradeNo: Type.Optional(Type.String({ maxLength: 100 })),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });
export const RefundBody = Type.Object({ amount: Fen, reason: Type.String({ minLength: 1, maxLength: 500 }) });
export const CompleteRefundBody = Type.Object({
  toWallet: Type.Optional(Type.Boolean({ description: 'send the money to the wallet instead of by transfer' })),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

export const PaymentView = Type.Object({
  id: Id,
  number: Type.String({ description: 'PAY…, also the out_trade_no sent to providers' }),
  customerId: Id,
  customerName: Type.String(),
  orderId: Nullable(Id),
  orderNumber: Nullable(Type.String()),
  purpose: Type.Enum(paymentPurposes),
  method: PaymentMethod,
  amount: Money,
  appliedAmount: Type.Integer({ description: 'fen that went to the order or the receivable; the rest to the wallet' }),
  refundedAmount: Money,
  status: PaymentState,
  providerTradeNo: Nullable(Type.String()),
  codeUrl: Nullable(Type.String({ description: 'online: what the buyer scans or opens' })),
  payerName: Nullable(Type.String()),
  vouchers: Type.Array(Type.Object({ index: Type.Integer(), name: Type.String(), url: Type.String() })),
  note: Type.String(),
  rejectReason: Nullable(Type.String()),
  createdByName: Nullable(Type.String()),
  createdByKind: Type.Enum(['customer', 'staff', 'system']),
  confirmedByName: Nullable(Type.String()),
  paidAt: Nullable(DateTime),
  createdAt: DateTime,
});
export const PaymentList = Paged(PaymentView);
export const PaymentListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(PaymentState),
  method: Type.Optional(PaymentMethod),
  purpose: Type.Optional(Type.Enum(paymentPurposes)),
  customerId: Type.Optional(Id),
  orderId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  sort: Type.Optional(
    Type.Enum(['newest', 'oldest'], { description: 'newest first (default), or oldest first (a queue)' }),
  ),
});

const EntryView = Type.Object({
  id: Id,
  account: Type.Enum(accountKinds),
  kind: Type.Enum(entryKinds),
  amount: Type.Integer({ description: 'fen, signed: what it added to the balance' }),
  balanceAfter: Money,
  orderId: Nullable(Id),
  orderNumber: Nullable(Type.String()),
  paymentId: Nullable(Id),
  paymentNumber: Nullable(Type.String()),
  note: Type.String(),
  createdByName: Nullable(Type.String()),
  createdAt: DateTime,
});

export const WalletView = Type.Object({
  customerId: Id,
  balance: Money,
  entries: Type.Array(EntryView),
  total: Type.Integer({ description: 'entries in all' }),
});

const Ageing = Type.Object({
  notDue: Money,
  d1_30: Money,
  d31_60: Money,
  d61_90: Money,
  d90plus: Money,
});

export const CreditView = Type.Object({
  customerId: Id,
  creditLimit: Money,
  paymentTermDays: Type.Integer(),
  outstanding: Type.Integer({ description: 'fen owed on credit now' }),
  committed: Type.Integer({ description: 'fen of open credit orders not charged yet' }),
  available: Money,
  overdue: Money,
  ageing: Ageing,
  receivables: Type.Array(
    Type.Object({
      id: Id,
      orderId: Id,
      orderNumber: Type.String(),
      amount: Money,
      settled: Money,
      open: Money,
      dueAt: Nullable(DateTime),
      overdueDays: Type.Integer(),
      createdAt: DateTime,
    }),
  ),
  entries: Type.Array(EntryView),
  total: Type.Integer(),
});

export const AgeingReport = Type.Object({
  items: Type.Array(
    Type.Object({
      customerId: Id,
      customerName: Type.String(),
      customerCode: Type.String(),
      creditLimit: Money,
      paymentTermDays: Type.Integer(),
      outstanding: Money,
      overdue: Money,
      notDue: Money,
      d1_30: Money,
      d31_60: Money,
      d61_90: Money,
      d90plus: Money,
      oldestDueAt: Nullable(DateTime),
    }),
  ),
  totals: Type.Object({
    outstanding: Money,
    overdue: Money,
    notDue: Money,
    d1_30: Money,
    d31_60: Money,
    d61_90: Money,
    d90plus: Money,
  }),
});
export const AgeingQuery = Type.Object({
  overdueOnly: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 100 })),
});

export const RefundView = Type.Object({
  id: Id,
  number: Type.String(),
  paymentId: Id,
  paymentNumber: Type.String(),
  orderId: Nullable(Id),
  orderNumber: Nullable(Type.String()),
  customerId: Id,
  customerName: Type.String(),
  method: PaymentMethod,
  amount: Money,
  status: Type.Enum(refundStates),
  source: Type.Enum(refundSources),
  reason: Type.String(),
  providerRefundNo: Nullable(Type.String()),
  failureMessage: Nullable(Type.String()),
  createdAt: DateTime,
  completedAt: Nullable(DateTime),
});
export const RefundList = Paged(RefundView);
export const RefundListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Type.Enum(refundStates)),
  customerId: Type.Optional(Id),
  orderId: Type.Optional(Id),
});

const BillFields = {
  orderId: Id,
  orderNumber: Type.String(),
  customerId: Id,
  customerName: Type.String(),
  status: Type.Enum(orderStatuses),
  paymentStatus: PaymentStatus,
  paymentMethod: Nullable(PaymentMethod),
  totalAmount: Money,
  creditedAmount: Type.Integer({ description: 'fen credited back by received returns' }),
  paidAmount: Money,
  refundedAmount: Money,
  dueAmount: Money,
  createdAt: DateTime,
};
export const BillList = Type.Object({
  items: Type.Array(Type.Object(BillFields)),
  total: Type.Integer(),
  dueTotal: Type.Integer({ description: 'fen still due over all matching bills' }),
});
export const BillListQuery = Type.Object({
  ...PageQuery,
  customerId: Type.Optional(Id),
  paymentStatus: Type.Optional(PaymentStatus),
  due: Type.Optional(Type.Boolean({ description: 'only bills with money still due' })),
  q: Type.Optional(Type.String({ maxLength: 100 })),
});
export const BillView = Type.Object({
  ...BillFields,
  creditDueAt: Nullable(DateTime),
  creditOpen: Type.Integer({ description: 'fen still owed on credit for this order' }),
  payments: Type.Array(PaymentView),
  refunds: Type.Array(RefundView),
});

const AlipaySettings = Type.Object({
  appId: Type.String({ minLength: 1, maxLength: 64 }),
  privateKey: Type.String({ minLength: 1, maxLength: 10_000 }),
  alipayPublicKey: Type.String({ minLength: 1, maxLength: 10_000 }),
  gateway: Type.String({ minLength: 1, maxLength: 500 }),
});
const WechatSettings = Type.Object({
  appId: Type.String({ minLength: 1, maxLength: 64 }),
  mchId: Type.String({ minLength: 1, maxLength: 64 }),
  merchantSerialNo: Type.String({ minLength: 1, maxLength: 100 }),
  privateKey: Type.String({ minLength: 1, maxLength: 10_000 }),
  merchantCertificate: Type.Optional(Type.String({ maxLength: 10_000 })),
  apiV3Key: Type.String({ minLength: 1, maxLength: 64 }),
  platformCertificate: Type.Optional(Type.String({ maxLength: 10_000 })),
  platformSerial: Type.Optional(Type.String({ maxLength: 100 })),
  baseUrl: Type.String({ minLength: 1, maxLength: 500 }),
});
const BankAccount = Type.Object({
  accountName: Type.String({ minLength: 1, maxLength: 100 }),
  bankName: Type.String({ minLength: 1, maxLength: 100 }),
  accountNo: Type.String({ minLength: 1, maxLength: 64 }),
});

export const PaymentSettings = Type.Object({
  methods: Type.Array(PaymentMethod, { uniqueItems: true }),
  blockOverdue: Type.Boolean(),
  bankAccount: Nullable(BankAccount),
  notifyBaseUrl: Nullable(Type.String({ maxLength: 500 })),
  alipay: Nullable(AlipaySettings),
  wechat: Nullable(WechatSettings),
});
export const PaymentSettingsPatch = Type.Partial(PaymentSettings);

export const PaymentOptions = Type.Object({
  customerId: Id,
  methods: Type.Array(PaymentMethod),
  walletBalance: Money,
  credit: Type.Object({
    creditLimit: Money,
    available: Money,
    overdue: Money,
    paymentTermDays: Type.Integer(),
    blockOverdue: Type.Boolean({ description: 'new orders are refused while anything is overdue' }),
  }),
  bankAccount: Nullable(BankAccount),
});
export const PaymentOptionsQuery = Type.Object({ customerId: Type.Optional(Id) });

export const VoucherParams = Type.Object({ id: Id, index: Type.Integer({ minimum: 0, maximum: 9 }) });
