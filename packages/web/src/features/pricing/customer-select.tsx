import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

/** Search customers in the caller's scope by name or code and pick one. */
export function CustomerSelect({
  value,
  onChange,
  testId = 'customer-select',
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const customers = useQuery({
    queryKey: ['customers', 'select', q],
    queryFn: () => unwrap(api.GET('/api/customers', { params: { query: { q: q || undefined, pageSize: 20 } } })),
    staleTime: 30_000,
  });
  return (
    <Select
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('pricing.explain.customerSearch')}
      loading={customers.isFetching}
      options={(customers.data?.items ?? []).map((customer) => ({
        value: customer.id,
        label: `${customer.name} (${customer.code})${customer.levelName ? ` · ${customer.levelName}` : ''}`,
      }))}
      data-testid={testId}
    />
  );
}
