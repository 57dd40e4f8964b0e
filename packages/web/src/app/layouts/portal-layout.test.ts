import { describe, expect, it } from 'vitest';
import { tabActive } from './portal-layout.tsx';

describe('portal tabs', () => {
  it('我的 stays current on the pages it leads to (账单, 账户, 对账单)', () => {
    const me = { also: ['/portal/bills', '/portal/account', '/portal/statements'] };
    expect(tabActive(me, '/portal/bills', false)).toBe(true);
    expect(tabActive(me, '/portal/statements/2026-11', false)).toBe(true);
    expect(tabActive(me, '/portal/billsx', false)).toBe(false);
    expect(tabActive(me, '/portal/orders', false)).toBe(false);
    expect(tabActive({}, '/portal/orders', true)).toBe(true);
  });
});
