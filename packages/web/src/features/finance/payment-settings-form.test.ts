import { describe, expect, it } from 'vitest';
import type { PaymentSettings } from './finance-api.ts';
import { bankAccountOf, defaultGateways, formToPatch, settingsToForm } from './payment-settings-form.ts';

const stored: PaymentSettings = {
  methods: ['wallet', 'offline', 'alipay'],
  blockOverdue: true,
  bankAccount: { accountName: '杭州订货商贸有限公司', bankName: '招商银行杭州分行', accountNo: '5719 0000 0000 0001' },
  notifyBaseUrl: 'https://shop.example.com',
  alipay: { appId: '2021000000000001', privateKey: '******', alipayPublicKey: 'MIIBIjAN', gateway: 'https://gw' },
  wechat: null,
};

describe('payment settings form', () => {
  it('round-trips the stored settings, masked secrets included', () => {
    expect(formToPatch(settingsToForm(stored))).toEqual(stored);
  });

  it('starts a provider switched on later with the official gateway', () => {
    const form = settingsToForm(stored);
    expect(form.wechatOn).toBe(false);
    expect(form.wechat.baseUrl).toBe(defaultGateways.wechat);
    expect(formToPatch(form).wechat).toBeNull();
  });

  it('sends a switched-off provider as null and leaves out empty optional fields', () => {
    const form = settingsToForm(stored);
    form.alipayOn = false;
    form.wechatOn = true;
    Object.assign(form.wechat, {
      appId: ' wx01 ',
      mchId: '1900000001',
      merchantSerialNo: 'SERIAL',
      privateKey: 'PEM',
      apiV3Key: 'k'.repeat(32),
    });
    const patch = formToPatch(form);
    expect(patch.alipay).toBeNull();
    expect(patch.wechat).toEqual({
      appId: 'wx01',
      mchId: '1900000001',
      merchantSerialNo: 'SERIAL',
      privateKey: 'PEM',
      apiV3Key: 'k'.repeat(32),
      baseUrl: defaultGateways.wechat,
    });
  });

  it('takes the bank account whole or not at all', () => {
    expect(bankAccountOf({ accountName: ' ', bankName: '', accountNo: '' })).toBeNull();
    expect(bankAccountOf({ accountName: '甲', bankName: '', accountNo: '1' })).toBe('partial');
    expect(bankAccountOf({ accountName: ' 甲 ', bankName: '乙', accountNo: '1' })).toEqual({
      accountName: '甲',
      bankName: '乙',
      accountNo: '1',
    });
    const form = settingsToForm({ ...stored, bankAccount: null, notifyBaseUrl: null });
    expect(formToPatch(form)).toMatchObject({ bankAccount: null, notifyBaseUrl: null });
  });
});
