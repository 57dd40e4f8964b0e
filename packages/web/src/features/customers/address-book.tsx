import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, Modal, Popconfirm, Skeleton, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerAddress } from '../../api/types.ts';
import { RegionCascader } from '../../components/region-cascader.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatRegion, regionNames, regionPath } from '../../lib/regions.ts';

interface Values {
  label?: string;
  contactName: string;
  phone: string;
  region: string[];
  address: string;
  isDefault?: boolean;
}

const addressesKey = (customerId: number) => ['customers', customerId, 'addresses'] as const;

/**
 * A customer's delivery addresses as cards: add, edit, set default, delete. Used by the portal's
 * 收货地址 and the console's customer detail; `editable` false shows them read-only.
 */
export function AddressBook({ customerId, editable }: { customerId: number; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [editing, setEditing] = useState<CustomerAddress | 'new'>();
  const addresses = useQuery({
    queryKey: addressesKey(customerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/customers/{id}/addresses', { params: { path: { id: customerId } } }))).items,
  });
  const refresh = () => client.invalidateQueries({ queryKey: addressesKey(customerId) });
  const setDefault = useMutation({
    mutationFn: (addressId: number) =>
      unwrap(
        api.PATCH('/api/customers/{id}/addresses/{addressId}', {
          params: { path: { id: customerId, addressId } },
          body: { isDefault: true },
        }),
      ),
    onSuccess: () => {
      message.success(t('addresses.defaultSet'));
      void refresh();
    },
    onError: (error) => showError(error),
  });
  const remove = useMutation({
    mutationFn: (addressId: number) =>
      unwrap(
        api.DELETE('/api/customers/{id}/addresses/{addressId}', { params: { path: { id: customerId, addressId } } }),
      ),
    onSuccess: () => {
      message.success(t('addresses.deleted'));
      void refresh();
    },
    onError: (error) => showError(error),
  });

  return (
    <div className="address-book" data-testid="address-book">
      {editable ? (
        <Button
          type="dashed"
          block
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          style={{ marginBottom: 12 }}
          data-testid="address-add"
        >
          {t('addresses.add')}
        </Button>
      ) : null}
      {addresses.isPending ? (
        <Skeleton active />
      ) : !addresses.data?.length ? (
        <Card>
          <Empty description={t('addresses.empty')} data-testid="addresses-empty" />
        </Card>
      ) : (
        <div className="address-list">
          {addresses.data.map((address) => (
            <Card key={address.id} size="small" className="address-card" data-testid={`address-${address.id}`}>
              <div className="address-card-head">
                <span className="address-card-name">
                  {address.contactName}
                  <span className="address-card-phone">{address.phone}</span>
                </span>
                {address.isDefault ? (
                  <Tag color="blue" data-testid="address-default-tag">
                    {t('addresses.default')}
                  </Tag>
                ) : null}
                {address.label ? <Tag>{address.label}</Tag> : null}
              </div>
              <div className="address-card-text">
                <EnvironmentOutlined /> {formatRegion(address, address.address)}
              </div>
              {editable ? (
                <div className="address-card-actions">
                  {address.isDefault ? null : (
                    <Button
                      size="small"
                      type="link"
                      loading={setDefault.isPending && setDefault.variables === address.id}
                      onClick={() => setDefault.mutate(address.id)}
                      data-testid={`address-set-default-${address.id}`}
                    >
                      {t('addresses.setDefault')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setEditing(address)}
                    data-testid={`address-edit-${address.id}`}
                  >
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('addresses.deleteConfirm')}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove.mutateAsync(address.id)}
                  >
                    <Button size="small" type="link" danger data-testid={`address-delete-${address.id}`}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </div>
              ) : null}
            </Card>
          ))}
        </div>
      )}
      {editable ? (
        <AddressFormModal
          customerId={customerId}
          address={editing}
          isFirst={!addresses.data?.length}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </div>
  );
}

function AddressFormModal({
  customerId,
  address,
  isFirst,
  onClose,
}: {
  customerId: number;
  address: CustomerAddress | 'new' | undefined;
  isFirst: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const existing = address && address !== 'new' ? address : undefined;
  const save = useMutation({
    mutationFn: async (values: Values) => {
      const region = regionNames(values.region);
      const body = {
        label: values.label?.trim() ?? '',
        contactName: values.contactName.trim(),
        phone: values.phone.trim(),
        province: region.province ?? '',
        city: region.city ?? '',
        district: region.district ?? '',
        address: values.address.trim(),
        isDefault: !!values.isDefault,
      };
      return existing
        ? unwrap(
            api.PATCH('/api/customers/{id}/addresses/{addressId}', {
              params: { path: { id: customerId, addressId: existing.id } },
              body,
            }),
          )
        : unwrap(api.POST('/api/customers/{id}/addresses', { params: { path: { id: customerId } }, body }));
    },
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: addressesKey(customerId) });
      onClose();
    },
    onError: (error) => showError(error, form, { province: 'region', city: 'region', district: 'region' }),
  });

  return (
    <Modal
      title={existing ? t('addresses.edit') : t('addresses.add')}
      open={address !== undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'address-form-submit' }}
      destroyOnHidden
      width={520}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          existing ? { ...existing, region: regionPath(existing) } : { isDefault: isFirst, region: [], label: '' }
        }
        onFinish={(values) => save.mutate(values)}
        data-testid="address-form"
      >
        <div className="form-grid-2">
          <Form.Item
            name="contactName"
            label={t('addresses.contactName')}
            rules={[{ required: true, whitespace: true, max: 32 }]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('addresses.phone')}
            rules={[
              { required: true, message: t('addresses.phoneRequired') },
              { pattern: /^[0-9+\- ]{5,20}$/, message: t('users.phoneInvalid') },
            ]}
          >
            <Input inputMode="tel" autoComplete="tel" />
          </Form.Item>
        </div>
        <Form.Item
          name="region"
          label={t('regions.label')}
          rules={[{ required: true, type: 'array', min: 1, message: t('regions.required') }]}
        >
          <RegionCascader testId="address-region" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('addresses.detail')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('addresses.detailPlaceholder')} />
        </Form.Item>
        <div className="form-grid-2">
          <Form.Item name="label" label={t('addresses.label')} rules={[{ max: 32 }]}>
            <Input placeholder={t('addresses.labelPlaceholder')} />
          </Form.Item>
          <Form.Item name="isDefault" label={t('addresses.setAsDefault')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
