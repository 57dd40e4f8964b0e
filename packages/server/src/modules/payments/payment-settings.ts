import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type PaymentMethod, paymentMethods } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AlipaySettings } from './providers/alipay.ts';
import { createAlipayProvider } from './providers/alipay.ts';
import type { OnlineMethod, OnlineProvider } from './providers/provider.ts';
import type { WechatSettings } from './providers/wechat.ts';
import { createWechatProvider } from './providers/wechat.ts';

export interface BankAccount {
  accountName: string;
  bankName: string;
  accountNo: string;
}

/** The supplier's payment settings (key `payments`). */
export interface PaymentSettings {
  /** Methods every customer may use unless its own list says otherwise. */
  methods: PaymentMethod[];
  /** Refuse new orders from a customer while any of its receivables is overdue. */
  blockOverdue: boolean;
  /** Where buyers send offline transfers (收款账户). */
  bankAccount: BankAccount | null;
  /** This server's public address, where providers send their notifications (e.g. https://shop.example.com). */
  notifyBaseUrl: string | null;
  alipay: AlipaySettings | null;
  wechat: WechatSettings | null;
}

export const defaultPaymentSettings: PaymentSettings = {
  methods: ['wallet', 'credit', 'offline', 'alipay', 'wechat'],
  blockOverdue: false,
  bankAccount: null,
  notifyBaseUrl: null,
  alipay: null,
  wechat: null,
};

export async function getPaymentSettings(db: DbOrTx): Promise<PaymentSettings> {
  const [row] = await queryRows<{ value: Partial<PaymentSettings> }>(
    db,
    sql`SELECT value FROM settings WHERE key = 'payments'`,
  );
  return { ...defaultPaymentSettings, ...(row?.value ?? {}) };
}

const secretFields = ['privateKey', 'apiV3Key'] as const;

/** The settings as staff screens see them: private keys and the APIv3 key are never sent back. */
export function maskedPaymentSettings(settings: PaymentSettings): PaymentSettings {
  const mask = <T extends object>(provider: T | null): T | null => {
    if (!provider) return null;
    const copy = { ...provider } as Record<string, unknown>;
    for (const field of secretFields) if (copy[field]) copy[field] = '******';
    return copy as T;
  };
  return { ...settings, alipay: mask(settings.alipay), wechat: mask(settings.wechat) };
}

/** Changes payment settings; a masked secret ('******') keeps the stored one. Audited without secrets. */
export async function updatePaymentSettings(
  db: DbOrTx,
  actor: AuditActor,
  patch: Partial<PaymentSettings>,
): Promise<PaymentSettings> {
  const current = await getPaymentSettings(db);
  const keepSecrets = <T extends object>(next: T | null | undefined, stored: T | null): T | null => {
    if (next === undefined) return stored;
    if (next === null) return null;
    const merged = { ...next } as Record<string, unknown>;
    for (const field of secretFields) {
      if (merged[field] === '******') merged[field] = (stored as Record<string, unknown> | null)?.[field];
    }
    return merged as T;
  };
  const next: PaymentSettings = {
    ...current,
    ...patch,
    alipay: keepSecrets(patch.alipay, current.alipay),
    wechat: keepSecrets(patch.wechat, current.wechat),
  };
  await writePaymentSettings(db, actor.id, next);
  await audit(db, actor, {
    action: 'settings.payments_updated',
    targetType: 'settings',
    targetId: 'payments',
    details: { ...maskedPaymentSettings(next) },
  });
  return next;
}

export async function writePaymentSettings(db: DbOrTx, actorId: number | null, value: PaymentSettings) {
  await db.execute(sql`
    INSERT INTO settings (key, value, updated_by_id, updated_at) VALUES ('payments', ${JSON.stringify(value)}::jsonb, ${actorId}, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by_id = excluded.updated_by_id, updated_at = now()`);
}

/** The methods one customer may use: its own list, else the supplier's; online ones only when configured. */
export async function customerMethods(
  db: DbOrTx,
  customerId: number,
  settings?: PaymentSettings,
): Promise<PaymentMethod[]> {
  const s = settings ?? (await getPaymentSettings(db));
  const [row] = await queryRows<{ methods: PaymentMethod[] | null }>(
    db,
    sql`SELECT payment_methods AS methods FROM customers WHERE id = ${customerId}`,
  );
  const allowed = row?.methods ?? s.methods;
  return paymentMethods.filter(
    (m) =>
      allowed.includes(m) &&
      s.methods.includes(m) &&
      (m !== 'alipay' || s.alipay !== null) &&
      (m !== 'wechat' || s.wechat !== null),
  );
}

/** The client of an online provider as configured, or 409 when the supplier has not set it up. */
export function providerFor(settings: PaymentSettings, method: OnlineMethod): OnlineProvider {
  if (method === 'alipay' && settings.alipay) return createAlipayProvider(settings.alipay);
  if (method === 'wechat' && settings.wechat) return createWechatProvider(settings.wechat);
  throw new AppError(
    'INVALID_STATE',
    `未配置${method === 'alipay' ? '支付宝' : '微信支付'} / ${method} is not set up`,
    {
      method,
    },
  );
}

/** Where a provider sends notifications for `method`. */
export function notifyUrl(settings: PaymentSettings, method: OnlineMethod, fallbackBase: string): string {
  const base = (settings.notifyBaseUrl ?? fallbackBase).replace(/\/+$/, '');
  return `${base}/api/payments/notify/${method}`;
}
