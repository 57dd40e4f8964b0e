import { describe, expect, it } from 'vitest';
import { isAcceptablePassword, mobilePattern, toRegistrationBody, usernamePattern } from './register-form.ts';

const values = {
  companyName: ' 西溪小馆 ',
  contactName: ' 王芳 ',
  phone: '138 1234 5678',
  region: ['浙江省', '杭州市', '西湖区'],
  address: ' 文三路 1 号 ',
  username: ' xixi ',
  password: 'secret-pass',
  confirmPassword: 'secret-pass',
};

describe('registration form', () => {
  it('builds the request body: trimmed, phone without spaces, region split', () => {
    expect(toRegistrationBody(values)).toEqual({
      companyName: '西溪小馆',
      contactName: '王芳',
      phone: '13812345678',
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      address: '文三路 1 号',
      username: 'xixi',
      password: 'secret-pass',
    });
  });

  it('leaves out the optional region and address when not given', () => {
    const body = toRegistrationBody({ ...values, region: undefined, address: '  ' });
    expect(body).not.toHaveProperty('province');
    expect(body).not.toHaveProperty('address');
  });

  it('accepts mainland mobile numbers only', () => {
    expect(mobilePattern.test('13812345678')).toBe(true);
    expect(mobilePattern.test('12812345678')).toBe(false);
    expect(mobilePattern.test('1381234567')).toBe(false);
    expect(mobilePattern.test('0571-8888888')).toBe(false);
  });

  it('checks the username and password like other accounts', () => {
    expect(usernamePattern.test('xi')).toBe(false);
    expect(usernamePattern.test('xixi_01')).toBe(true);
    expect(usernamePattern.test('西溪')).toBe(false);
    expect(isAcceptablePassword('1234567')).toBe(false);
    expect(isAcceptablePassword('12345678')).toBe(true);
  });
});
