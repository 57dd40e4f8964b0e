import { describe, expect, it } from 'vitest';
import { fieldNameOf } from '../components/use-api-error.ts';
import { localizeServerMessage } from '../i18n/index.ts';
import { homeFor, safeNext } from './auth.ts';

const staff = { kind: 'staff' as const };
const customer = { kind: 'customer' as const };

describe('where a user lands', () => {
  it('sends staff to the console and customers to the portal', () => {
    expect(homeFor(staff)).toBe('/admin');
    expect(homeFor(customer)).toBe('/portal');
  });

  it('honours ?next= only inside the user’s own area of this site', () => {
    expect(safeNext('/admin/users?page=2', staff)).toBe('/admin/users?page=2');
    expect(safeNext('/portal/me', customer)).toBe('/portal/me');
    expect(safeNext('/portal/me', staff)).toBe('/admin');
    expect(safeNext('/admin', customer)).toBe('/portal');
    expect(safeNext('//evil.example/admin', staff)).toBe('/admin');
    expect(safeNext('https://evil.example', staff)).toBe('/admin');
    expect(safeNext('/administrator', staff)).toBe('/admin');
    expect(safeNext(null, customer)).toBe('/portal');
  });
});

describe('server messages', () => {
  it('picks the half of a bilingual message that fits the language', () => {
    expect(localizeServerMessage('用户名或密码错误 / Wrong username or password', 'zh-CN')).toBe('用户名或密码错误');
    expect(localizeServerMessage('用户名或密码错误 / Wrong username or password', 'en-US')).toBe(
      'Wrong username or password',
    );
    expect(localizeServerMessage('The request is invalid', 'zh-CN')).toBe('The request is invalid');
  });

  it('maps validation paths onto form fields', () => {
    expect(fieldNameOf('/body/name')).toBe('name');
    expect(fieldNameOf('/body/roleIds/0')).toBe('roleIds');
    expect(fieldNameOf('/query/page')).toBeUndefined();
    expect(fieldNameOf('/body')).toBeUndefined();
  });
});
