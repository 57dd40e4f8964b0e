import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';

/** Customer levels (金牌客户 90 %), shared by every customer form and filter. */
export function useCustomerLevels() {
  return useQuery({
    queryKey: ['customer-levels'],
    queryFn: async () => (await unwrap(api.GET('/api/customer-levels'))).items,
    staleTime: 60_000,
  });
}

/** Active staff who can be assigned as salesperson; only readable with users:view. */
export function useSalespeople() {
  const { data: me } = useMe();
  const allowed = can(me, 'users:view');
  const query = useQuery({
    queryKey: ['users', 'salespeople'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/users', { params: { query: { kind: 'staff', status: 'active', pageSize: 100 } } })))
        .items,
    enabled: allowed,
    staleTime: 60_000,
  });
  return { ...query, allowed };
}

interface SelectProps {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  testId?: string;
}

export function LevelSelect({ value, onChange, placeholder, allowClear = true, style, testId }: SelectProps) {
  const { t } = useTranslation();
  const levels = useCustomerLevels();
  return (
    <Select
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      loading={levels.isPending}
      placeholder={placeholder ?? t('customers.noLevel')}
      style={style}
      data-testid={testId}
      options={levels.data?.map((level) => ({
        value: level.id,
        label: t('customers.levelOption', { name: level.name, percent: level.discountPercent }),
      }))}
    />
  );
}

/** Staff picker for the salesperson; callers show the current name read-only when `allowed` is false. */
export function SalespersonSelect({ value, onChange, placeholder, allowClear = true, style, testId }: SelectProps) {
  const { t } = useTranslation();
  const people = useSalespeople();
  return (
    <Select
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      loading={people.isPending}
      placeholder={placeholder ?? t('customers.salesperson')}
      style={style}
      data-testid={testId}
      options={people.data?.map((user) => ({ value: user.id, label: `${user.name}（${user.username}）` }))}
    />
  );
}
