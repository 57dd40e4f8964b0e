import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { AccountKind, EntryKind } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';

export interface EntryInput {
  customerId: number;
  account: AccountKind;
  kind: EntryKind;
  /** Signed fen: what the entry adds to the balance. */
  amount: number;
  orderId?: number | null;
  paymentId?: number | null;
  refundId?: number | null;
  note?: string;
  actorId?: number | null;
  /**
   * Credit only: the most the balance may reach (the credit limit). A charge over it is
   * CREDIT_LIMIT_EXCEEDED with the available credit.
   */
  ceiling?: number;
}

export interface PostedEntry {
  id: number;
  balanceAfter: number;
}

/**
 * Appends one entry to a customer's wallet or credit ledger and moves the balance with it, in the
 * caller's transaction. The balance moves by one conditional UPDATE (never read-then-write), so
 * concurrent payments against one wallet queue on its row and each sees the balance the previous
 * one left: a debit that the balance cannot cover is INSUFFICIENT_BALANCE and changes nothing.
 */
export async function postEntry(tx: DbOrTx, input: EntryInput): Promise<PostedEntry> {
  if (!Number.isSafeInteger(input.amount) || input.amount === 0) {
    throw new AppError('BAD_REQUEST', `ledger amount must be a non-zero integer of fen, got ${input.amount}`);
  }
  await tx.execute(
    sql`INSERT INTO customer_accounts (customer_id, kind) VALUES (${input.customerId}, ${input.account})
        ON CONFLICT DO NOTHING`,
  );
  const ceiling = input.ceiling;
  const [moved] = await queryRows<{ balance: number }>(
    tx,
    sql`UPDATE customer_accounts SET balance = balance + ${input.amount}, updated_at = now()
         WHERE customer_id = ${input.customerId} AND kind = ${input.account}
           AND balance + ${input.amount} >= 0
           ${ceiling !== undefined && input.amount > 0 ? sql`AND balance + ${input.amount} <= ${ceiling}` : sql``}
     RETURNING balance::float8 AS balance`,
  );
  if (!moved) {
    const balance = await accountBalance(tx, input.customerId, input.account);
    if (input.amount < 0) {
      throw new AppError(
        'INSUFFICIENT_BALANCE',
        input.account === 'wallet'
          ? '预存款余额不足 / The wallet balance does not cover this'
          : '超出应收余额 / More than the customer owes on credit',
        { account: input.account, balance, amount: -input.amount },
      );
    }
    throw new AppError('CREDIT_LIMIT_EXCEEDED', '超出可用信用额度 / This exceeds the available credit', {
      creditLimit: ceiling,
      outstanding: balance,
      available: Math.max(0, (ceiling ?? 0) - balance),
      amount: input.amount,
    });
  }
  const [entry] = await queryRows<{ id: number }>(
    tx,
    sql`INSERT INTO account_entries
          (customer_id, account, kind, amount, balance_after, order_id, payment_id, refund_id, note, created_by_id)
        VALUES (${input.customerId}, ${input.account}, ${input.kind}, ${input.amount}, ${moved.balance},
                ${input.orderId ?? null}, ${input.paymentId ?? null}, ${input.refundId ?? null}, ${input.note ?? ''},
                ${input.actorId ?? null})
        RETURNING id::int AS id`,
  );
  return { id: entry.id, balanceAfter: moved.balance };
}

/** The account's balance now (0 for an account that has no entries yet). */
export async function accountBalance(tx: DbOrTx, customerId: number, account: AccountKind): Promise<number> {
  const [row] = await queryRows<{ balance: number }>(
    tx,
    sql`SELECT balance::float8 AS balance FROM customer_accounts WHERE customer_id = ${customerId} AND kind = ${account}`,
  );
  return row?.balance ?? 0;
}
