import type { PaymentSettings } from './finance-api.ts';

type Alipay = NonNullable<PaymentSettings['alipay']>;
type Wechat = NonNullable<PaymentSettings['wechat']>;
type Bank = NonNullable<PaymentSettings['bankAccount']>;

/**
 * The payment settings as the form edits them: text fields are strings ('' for unset), each provider
 * has an on switch, and a secret the server masked stays '******' (sent back, it keeps the stored one).
 */
export interface SettingsForm {
  methods: PaymentSettings['methods'];
  blockOverdue: boolean;
  notifyBaseUrl: string;
  bankAccount: Bank;
  alipayOn: boolean;
  alipay: Alipay;
  wechatOn: boolean;
  wechat: Required<Wechat>;
}

export const alipayFields = ['appId', 'privateKey', 'alipayPublicKey', 'gateway'] as const;
export const wechatFields = [
  'appId',
  'mchId',
  'merchantSerialNo',
  'privateKey',
  'merchantCertificate',
  'apiV3Key',
  'platformCertificate',
  'platformSerial',
  'baseUrl',
] as const;
/** WeChat Pay fields the server accepts empty. */
export const optionalWechatFields: readonly (typeof wechatFields)[number][] = [
  'merchantCertificate',
  'platformCertificate',
  'platformSerial',
];
export const bankFields = ['accountName', 'bankName', 'accountNo'] as const;

/** The official gateways, offered when a provider is first switched on. */
export const defaultGateways = {
  alipay: 'https://openapi.alipay.com/gateway.do',
  wechat: 'https://api.mch.weixin.qq.com',
};

const blank = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;

export function settingsToForm(s: PaymentSettings): SettingsForm {
  return {
    methods: s.methods,
    blockOverdue: s.blockOverdue,
    notifyBaseUrl: s.notifyBaseUrl ?? '',
    bankAccount: { ...blank(bankFields), ...s.bankAccount },
    alipayOn: s.alipay !== null,
    alipay: { ...blank(alipayFields), gateway: defaultGateways.alipay, ...s.alipay },
    wechatOn: s.wechat !== null,
    wechat: { ...blank(wechatFields), baseUrl: defaultGateways.wechat, ...s.wechat },
  };
}

/** Trims every field and leaves out the empty ones. */
function compact<K extends string>(
  keys: readonly K[],
  values: Record<K, string | undefined>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = values[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The bank account is all three fields or none; 'partial' when only some are filled. */
export function bankAccountOf(bank: Bank): Bank | null | 'partial' {
  const filled = compact(bankFields, bank);
  const count = Object.keys(filled).length;
  if (count === 0) return null;
  return count === bankFields.length ? (filled as Bank) : 'partial';
}

/** The PATCH body for the form's values (the bank account must not be partial: the form checks that). */
export function formToPatch(f: SettingsForm): Partial<PaymentSettings> {
  const bank = bankAccountOf(f.bankAccount);
  return {
    methods: f.methods,
    blockOverdue: f.blockOverdue,
    notifyBaseUrl: f.notifyBaseUrl.trim() || null,
    bankAccount: bank === 'partial' ? null : bank,
    alipay: f.alipayOn ? (compact(alipayFields, f.alipay) as Alipay) : null,
    wechat: f.wechatOn ? (compact(wechatFields, f.wechat) as Wechat) : null,
  };
}
