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

/** Where a statement stands for its reader: still running, waiting for the customer, or answered. */
export type StatementState = 'open' | 'pending' | 'confirmed' | 'disputed';

export function statementState(statement: { ended: boolean; status: 'confirmed' | 'disputed' | null }): StatementState {
  if (statement.status) return statement.status;
  return statement.ended ? 'pending' : 'open';
}

export const statementStateColor: Record<StatementState, string> = {
  open: 'processing',
  pending: 'gold',
  confirmed: 'green',
  disputed: 'red',
};
