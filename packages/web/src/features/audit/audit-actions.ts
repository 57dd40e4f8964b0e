import type { TFunction } from 'i18next';

/** Filter choices of the audit log; a value ending in "." is a prefix the server matches. */
export const auditActionFilters = [
  { key: 'signIn', value: 'auth.login' },
  { key: 'signInFailed', value: 'auth.login_failed' },
  { key: 'account', value: 'auth.' },
  { key: 'users', value: 'user.' },
  { key: 'roles', value: 'role.' },
  { key: 'customers', value: 'customer.' },
] as const;

/** "auth.login_failed" → "登录失败"; an action the UI does not know yet shows its code. */
export function auditActionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${action}`, { defaultValue: action });
}

export function auditActionColor(action: string): string {
  if (action === 'auth.login_failed') return 'red';
  if (action.endsWith('.deleted')) return 'volcano';
  if (action.startsWith('auth.')) return 'blue';
  if (action.startsWith('role.')) return 'purple';
  if (action.startsWith('user.')) return 'cyan';
  if (action.startsWith('customer')) return 'green';
  return 'default';
}
