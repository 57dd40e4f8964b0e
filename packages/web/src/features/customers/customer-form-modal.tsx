import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { yuanToFen } from '../../lib/money.ts';

interface Values {
  name: string;
  code?: string;
  levelId?: number;
  creditLimitYuan?: number;
  paymentTermDays?: number;
  contactName?: string;
  phone?: string;
}

/** New customer company; the credit limit is typed in yuan and sent in fen. */
export function CustomerFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const levels = useQuery({
    queryKey: ['customer-levels'],
    queryFn: async () => (await unwrap(api.GET('/api/customer-levels'))).items,
    enabled: open,
  });
  const create = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/customers', {
          body: {
            name: values.name.trim(),
            ...(values.code ? { code: values.code.trim() } : {}),
            ...(values.levelId ? { levelId: values.levelId } : {}),
            ...(values.creditLimitYuan != null ? { creditLimit: yuanToFen(values.creditLimitYuan) } : {}),
            ...(values.paymentTermDays != null ? { paymentTermDays: values.paymentTermDays } : {}),
            ...(values.contactName ? { contactName: values.contactName } : {}),
            ...(values.phone ? { phone: values.phone } : {}),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('customers.created'));
      void client.invalidateQueries({ queryKey: ['customers'] });
      void client.invalidateQueries({ queryKey: ['workbench'] });
      form.resetFields();
      onClose();
    },
    onError: (error) => showError(error, form, { creditLimit: 'creditLimitYuan' }),
  });

  return (
    <Modal
      title={t('customers.create')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'customer-form-submit' }}
      forceRender
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => create.mutate(values)}
        initialValues={{ paymentTermDays: 0 }}
        data-testid="customer-form"
      >
        <Form.Item name="name" label={t('customers.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
          <Form.Item
            name="code"
            label={t('customers.code')}
            rules={[{ pattern: /^[A-Za-z0-9_-]*$/, max: 32, message: t('customers.codeRule') }]}
          >
            <Input placeholder={t('customers.codeHint')} />
          </Form.Item>
          <Form.Item name="levelId" label={t('customers.level')}>
            <Select
              allowClear
              loading={levels.isPending}
              placeholder={t('customers.noLevel')}
              options={levels.data?.map((level) => ({
                value: level.id,
                label: `${level.name}（${level.discountPercent}%）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="creditLimitYuan" label={t('customers.creditLimitYuan')}>
            <InputNumber min={0} max={100_000_000} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="paymentTermDays" label={t('customers.paymentTermDays')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
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
        </div>
      </Form>
    </Modal>
  );
}
