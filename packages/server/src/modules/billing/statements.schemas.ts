import { Type } from 'typebox';
import { statementResponses } from '../../db/schema/index.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

const Money = Type.Integer({ description: 'fen' });
export const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM (Asia/Shanghai)' });
export const StatementParams = Type.Object({ id: Id, month: Month });

const LineKind = Type.Enum(['order', 'cancel', 'return', 'payment', 'refund', 'adjustment']);

const ResponseView = Type.Object({
  status: Type.Enum(statementResponses),
  comment: Type.String(),
  openingBalance: Money,
  closingBalance: Money,
  respondedByName: Nullable(Type.String()),
  respondedAt: DateTime,
  reply: Nullable(Type.String()),
  repliedByName: Nullable(Type.String()),
  repliedAt: Nullable(DateTime),
});

export const StatementView = Type.Object({
  customerId: Id,
  customerName: Type.String(),
  customerCode: Type.String(),
  month: Month,
  from: DateTime,
  to: DateTime,
  ended: Type.Boolean({ description: 'the month is over (only then can it be confirmed)' }),
  openingBalance: Type.Integer({ description: 'fen owed at the start of the month (negative: owed to the customer)' }),
  closingBalance: Type.Integer({ description: 'fen owed at its end' }),
  totals: Type.Object({
    order: Money,
    cancel: Money,
    return: Money,
    payment: Money,
    refund: Money,
    adjustment: Money,
  }),
  lines: Type.Array(
    Type.Object({
      at: DateTime,
      kind: LineKind,
      reference: Type.String(),
      orderNumber: Nullable(Type.String()),
      description: Type.String(),
      method: Nullable(Type.String({ description: 'a payment’s or refund’s method' })),
      amount: Type.Integer({ description: 'fen, signed: what it adds to the balance owed' }),
      balance: Money,
    }),
  ),
  orders: Type.Array(
    Type.Object({ id: Id, number: Type.String(), createdAt: DateTime, status: Type.String(), totalAmount: Money }),
  ),
  payments: Type.Array(
    Type.Object({
      id: Id,
      number: Type.String(),
      orderNumber: Nullable(Type.String()),
      purpose: Type.String(),
      method: Type.String(),
      amount: Money,
      appliedAmount: Money,
      paidAt: DateTime,
    }),
  ),
  refunds: Type.Array(
    Type.Object({
      id: Id,
      number: Type.String(),
      orderNumber: Nullable(Type.String()),
      method: Type.String(),
      amount: Money,
      status: Type.String(),
      createdAt: DateTime,
    }),
  ),
  wallet: Type.Object({
    opening: Money,
    closing: Money,
    topUps: Money,
    payments: Money,
    refunds: Money,
    adjustments: Money,
  }),
  response: Nullable(ResponseView),
  canRespond: Type.Boolean({
    description: 'the caller may confirm or dispute it now: an ended month with something in it, not yet confirmed',
  }),
});

export const StatementList = Type.Object({
  items: Type.Array(
    Type.Object({
      month: Month,
      openingBalance: Money,
      closingBalance: Money,
      lineCount: Type.Integer(),
      ended: Type.Boolean(),
      status: Nullable(Type.Enum(statementResponses)),
    }),
  ),
});

export const RespondBody = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 1000 })) });
export const DisputeBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 1000 }) });
export const ReplyBody = Type.Object({ reply: Type.String({ minLength: 1, maxLength: 1000 }) });

export const OverviewQuery = Type.Object({
  month: Month,
  status: Type.Optional(Type.Enum(['confirmed', 'disputed', 'unanswered'])),
  q: Type.Optional(Type.String({ maxLength: 100 })),
});
export const Overview = Type.Object({
  month: Month,
  items: Type.Array(
    Type.Object({
      customerId: Id,
      customerName: Type.String(),
      customerCode: Type.String(),
      openingBalance: Money,
      closingBalance: Money,
      lineCount: Type.Integer(),
      status: Nullable(Type.Enum(statementResponses)),
      comment: Nullable(Type.String()),
      reply: Nullable(Type.String()),
    }),
  ),
});
