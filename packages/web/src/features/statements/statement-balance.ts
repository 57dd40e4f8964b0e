import { formatMoney } from '../../lib/money.ts';

/**
 * A statement balance is what the customer owes the supplier on orders, in fen; below zero the
 * supplier owes the customer (e.g. after a return credit larger than what was still due).
 */
export type BalanceSide = 'owed' | 'refundDue' | 'settled';

export const balanceSide = (fen: number): BalanceSide => (fen > 0 ? 'owed' : fen < 0 ? 'refundDue' : 'settled');

/** The amount to show beside the side's words: always positive, so "供应商应退 ¥50.00" never reads "-¥50.00". */
export const balanceAmount = (fen: number): string => formatMoney(Math.abs(fen));

/** A movement's effect on the balance, always signed: "+¥1,200.00" for an order, "-¥300.00" for a payment. */
export function formatSignedMoney(fen: number): string {
  return fen > 0 ? `+${formatMoney(fen)}` : formatMoney(fen);
}

/**
 * Where a statement stands for its reader: still running, waiting for the customer, answered, or an
 * ended month with nothing in it and nothing owed (无往来), which nobody needs to look at.
 */
export type StatementState = 'open' | 'pending' | 'confirmed' | 'disputed' | 'quiet';

export function statementState(statement: {
  ended: boolean;
  status: 'confirmed' | 'disputed' | null;
  lineCount?: number;
  closingBalance?: number;
}): StatementState {
  if (statement.status) return statement.status;
  if (!statement.ended) return 'open';
  return statement.lineCount === 0 && statement.closingBalance === 0 ? 'quiet' : 'pending';
}

export const statementStateColor: Record<StatementState, string> = {
  open: 'processing',
  pending: 'gold',
  confirmed: 'green',
  disputed: 'red',
  quiet: 'default',
};
