import type { Statement, StatementLine } from './statements-api.ts';

/**
 * What to say about a line besides its kind and number, in the reader's language. The server's
 * `description` is Chinese only, so the method comes from the month's payments and refunds (matched
 * by number) and an adjustment's note is what follows its "应收调整 · " prefix.
 */
export type LineDetail =
  | { kind: 'method'; method: string; repayment: boolean }
  | { kind: 'note'; note: string }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

const ADJUSTMENT_PREFIX = '应收调整 · ';

export function lineDetail(line: StatementLine, statement: Pick<Statement, 'payments' | 'refunds'>): LineDetail {
  switch (line.kind) {
    case 'order':
    case 'cancel':
    case 'return':
      return { kind: 'none' };
    case 'payment': {
      const payment = statement.payments.find((p) => p.number === line.reference);
      return payment
        ? { kind: 'method', method: payment.method, repayment: payment.purpose === 'repayment' }
        : { kind: 'text', text: line.description };
    }
    case 'refund': {
      const refund = statement.refunds.find((r) => r.number === line.reference);
      return refund
        ? { kind: 'method', method: refund.method, repayment: false }
        : { kind: 'text', text: line.description };
    }
    case 'adjustment':
      return line.description.startsWith(ADJUSTMENT_PREFIX)
        ? { kind: 'note', note: line.description.slice(ADJUSTMENT_PREFIX.length) }
        : { kind: 'text', text: line.description };
  }
}

/** A line's identity: an order's placing and its cancellation share a number but not a kind. */
export const lineKey = (line: StatementLine): string => `${line.kind}:${line.reference}:${line.at}`;

/** The order a payment, refund or adjustment line belongs to, when it is not the line's own number. */
export const relatedOrder = (line: StatementLine): string | null =>
  line.orderNumber && line.orderNumber !== line.reference ? line.orderNumber : null;

/** What the month changed: the closing balance less the opening one. */
export const monthChange = (statement: Pick<Statement, 'openingBalance' | 'closingBalance'>): number =>
  statement.closingBalance - statement.openingBalance;

/**
 * The balances kept with the customer's answer differ from today's when something was booked into the
 * month after it was answered (a transfer dated back, say): the answer no longer covers the figures.
 */
export function answerOutdated(statement: Pick<Statement, 'closingBalance' | 'response'>): boolean {
  return !!statement.response && statement.response.closingBalance !== statement.closingBalance;
}
