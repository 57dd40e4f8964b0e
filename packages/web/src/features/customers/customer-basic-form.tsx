import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, InputNumber, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Customer, CustomerUpdate } from '../../api/types.ts';
import { RegionCascader } from '../../components/region-cascader.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { fenToYuan, formatMoney, yuanToFen } from '../../lib/money.ts';
import { formatRegion, regionNames, regionPath } from '../../lib/regions.ts';
import { LevelSelect, SalespersonSelect, useSalespeople } from './customer-options.tsx';

interface Values {
  name: string;
  code: string;
  levelId?: number;
  salespersonId?: number;
  contactName?: string;
  phone?: string;
  region?: string[];
  address?: string;
  creditLimitYuan?: number;
  paymentTermDays?: number;
  tags?: string[];
  notes?: string;
  status?: 'active' | 'disabled';
}

const valuesOf = (c: Customer): Values => ({
  name: c.name,
  code: c.code,
  levelId: c.levelId ?? undefined,
  salespersonId: c.salespersonId ?? undefined,
  contactName: c.contactName ?? '',
  phone: c.phone ?? '',
  region: regionPath(c),
  address: c.address ?? '',
  creditLimitYuan: fenToYuan(c.creditLimit),
  paymentTermDays: c.paymentTermDays,
  tags: c.tags,
  notes: c.notes,
  status: c.status === 'pending' ? undefined : c.status,
});

/** The PATCH body: empty optional text clears the field (null); the credit limit goes back to fen. */
function bodyOf(values: Values, salespersonEditable: boolean): CustomerUpdate {
  const text = (value?: string) => value?.trim() || null;
  return {
    name: values.name.trim(),
    code: values.code.trim(),
    levelId: values.levelId ?? null,
    ...(salespersonEditable ? { salespersonId: values.salespersonId ?? null } : {}),
    contactName: text(values.contactName),
    phone: text(values.phone),
    ...regionNames(values.region),
    address: text(values.address),
    creditLimit: yuanToFen(values.creditLimitYuan ?? 0),
    paymentTermDays: values.paymentTermDays ?? 0,
    tags: values.tags ?? [],
    notes: values.notes?.trim() ?? '',
    ...(values.status ? { status: values.status } : {}),
  };
}

/** 基本信息: the company record; an edit form with customers:edit, otherwise read-only. */
export function CustomerBasicForm({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const salespeople = useSalespeople();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.PATCH('/api/customers/{id}', {
          params: { path: { id: customer.id } },
          body: bodyOf(values, salespeople.allowed),
        }),
      ),
    onSuccess: (saved) => {
      message.success(t('common.saved'));
      client.setQueryData(['customers', 'detail', customer.id], saved);
      void client.invalidateQueries({ queryKey: ['customers'] });
      form.setFieldsValue(valuesOf(saved));
    },
    onError: (error) =>
      showError(error, form, {
        creditLimit: 'creditLimitYuan',
        province: 'region',
        city: 'region',
        district: 'region',
      }),
  });

  if (!editable) {
    return (
      <Descriptions column={2} bordered size="small" data-testid="customer-basic-readonly">
        <Descriptions.Item label={t('customers.name')}>{customer.name}</Descriptions.Item>
        <Descriptions.Item label={t('customers.code')}>{customer.code}</Descriptions.Item>
        <Descriptions.Item label={t('customers.level')}>
          {customer.levelName ?? t('customers.noLevel')}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.salesperson')}>{customer.salespersonName ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('customers.contact')}>{customer.contactName ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('customers.phone')}>{customer.phone ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('customers.address')} span={2}>
          {formatRegion(customer, customer.address) || '-'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.creditLimit')}>{formatMoney(customer.creditLimit)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.paymentTermDays')}>
          {t('customers.days', { count: customer.paymentTermDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.tags')} span={2}>
          {customer.tags.length ? customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '-'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.notes')} span={2}>
          {customer.notes || '-'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.createdAt')}>{formatDateTime(customer.createdAt)}</Descriptions.Item>
      </Descriptions>
    );
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={valuesOf(customer)}
      onFinish={(values) => save.mutate(values)}
      data-testid="customer-basic-form"
      style={{ maxWidth: 880 }}
    >
      <div className="form-grid-2">
        <Form.Item name="name" label={t('customers.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="customer-field-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('customers.code')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('customers.codeRule') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="levelId" label={t('customers.level')}>
          <LevelSelect testId="customer-field-level" />
        </Form.Item>
        <Form.Item label={t('customers.salesperson')} name={salespeople.allowed ? 'salespersonId' : undefined}>
          {salespeople.allowed ? (
            <SalespersonSelect testId="customer-field-salesperson" />
          ) : (
            <Input value={customer.salespersonName ?? '-'} disabled />
          )}
        </Form.Item>
        <Form.Item name="contactName" label={t('customers.contact')} rules={[{ max: 32 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('customers.phone')}
          rules={[{ pattern: /^[0-9+\- ]*$/, max: 20, message: t('users.phoneInvalid') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="region" label={t('regions.label')}>
          <RegionCascader testId="customer-field-region" />
        </Form.Item>
        <Form.Item name="address" label={t('customers.streetAddress')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="creditLimitYuan" label={t('customers.creditLimitYuan')} extra={t('customers.creditLimitHint')}>
          <InputNumber
            min={0}
            max={100_000_000}
            precision={2}
            prefix="¥"
            style={{ width: '100%' }}
            data-testid="customer-field-credit"
          />
        </Form.Item>
        <Form.Item name="paymentTermDays" label={t('customers.paymentTermDays')}>
          <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="tags" label={t('customers.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} />
        </Form.Item>
        {customer.status === 'pending' ? (
          <Form.Item label={t('customers.status')}>
            <Input value={t('customers.statuses.pending')} disabled />
          </Form.Item>
        ) : (
          <Form.Item name="status" label={t('customers.status')}>
            <Select
              options={(['active', 'disabled'] as const).map((status) => ({
                value: status,
                label: t(`customers.statuses.${status}`),
              }))}
              data-testid="customer-field-status"
            />
          </Form.Item>
        )}
      </div>
      <Form.Item name="notes" label={t('customers.notes')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="customer-save">
          {t('common.save')}
        </Button>
        <Button onClick={() => form.resetFields()}>{t('common.reset')}</Button>
      </div>
    </Form>
  );
}
