import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Row, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { type PaymentSettings, usePaymentSettings, useSavePaymentSettings } from './finance-api.ts';
import { isOnline, paymentMethods } from './finance-rules.ts';
import {
  alipayFields,
  bankAccountOf,
  bankFields,
  formToPatch,
  optionalWechatFields,
  type SettingsForm,
  settingsToForm,
  wechatFields,
} from './payment-settings-form.ts';
import './finance.css';

/** Fields holding a PEM key or certificate: several lines of text. */
const pemFields = new Set(['privateKey', 'alipayPublicKey', 'merchantCertificate', 'platformCertificate']);
/** Fields the server masks as ******. */
const secretFields = new Set(['privateKey', 'apiV3Key']);

/**
 * 收款设置: which methods customers may use, the overdue block, the bank account for transfers, the
 * notification address and the Alipay / WeChat Pay merchant settings. Anyone who may confirm payments
 * sees it; saving needs settings:edit.
 */
export function PaymentSettingsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const allowed = can(me, 'payments:confirm');
  const settings = usePaymentSettings(allowed);
  if (!allowed) return <Forbidden />;
  return (
    <div data-testid="payment-settings-page">
      {settings.data ? (
        <SettingsEditor settings={settings.data} editable={can(me, 'settings:edit')} />
      ) : settings.isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} />
      ) : (
        <Skeleton active />
      )}
    </div>
  );
}

function SettingsEditor({ settings, editable }: { settings: PaymentSettings; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const save = useSavePaymentSettings();
  const [form] = Form.useForm<SettingsForm>();
  const alipayOn = Form.useWatch('alipayOn', form);
  const wechatOn = Form.useWatch('wechatOn', form);

  // The whole store, so a provider switched off (its fields unmounted) is still read consistently.
  const submit = () =>
    save.mutate(formToPatch(form.getFieldsValue(true) as SettingsForm), {
      onSuccess: (next) => {
        form.setFieldsValue(settingsToForm(next));
        message.success(t('finance.settings.saved'));
      },
      onError: (error) => showError(error),
    });
  const field = (group: 'alipay' | 'wechat', name: string, required: boolean, on: boolean | undefined) => (
    <Form.Item
      key={name}
      name={[group, name]}
      label={t(`finance.settings.fields.${name}`)}
      extra={secretFields.has(name) ? t('finance.settings.secretKept') : undefined}
      rules={on && required ? [{ required: true, whitespace: true, message: t('finance.settings.required') }] : []}
    >
      {pemFields.has(name) ? (
        <Input.TextArea rows={3} className="finance-pem" data-testid={`settings-${group}-${name}`} />
      ) : (
        <Input data-testid={`settings-${group}-${name}`} />
      )}
    </Form.Item>
  );

  return (
    <>
      <PageHeader
        title={t('finance.settings.title')}
        extra={
          editable ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={() => form.submit()}
              data-testid="settings-save"
            >
              {t('common.save')}
            </Button>
          ) : null
        }
      />
      {editable ? null : (
        <Alert type="info" showIcon title={t('finance.settings.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Form<SettingsForm>
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={settingsToForm(settings)}
        onFinish={submit}
        requiredMark={false}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Card title={t('finance.settings.rules')} style={{ marginBottom: 16 }}>
              <Form.Item name="methods" label={t('finance.settings.methods')} extra={t('finance.settings.methodsHint')}>
                <Checkbox.Group
                  options={paymentMethods.map((m) => ({
                    value: m,
                    label:
                      isOnline(m) && !(m === 'alipay' ? alipayOn : wechatOn) ? (
                        <span>
                          {t(`orders.paymentMethods.${m}`)}
                          <Typography.Text type="secondary">{t('finance.settings.notSetUp')}</Typography.Text>
                        </span>
                      ) : (
                        t(`orders.paymentMethods.${m}`)
                      ),
                  }))}
                  data-testid="settings-methods"
                />
              </Form.Item>
              <Form.Item
                name="blockOverdue"
                label={t('finance.settings.blockOverdue')}
                extra={t('finance.settings.blockOverdueHint')}
                valuePropName="checked"
              >
                <Switch data-testid="settings-block-overdue" />
              </Form.Item>
              <Form.Item
                name="notifyBaseUrl"
                label={t('finance.settings.notifyBaseUrl')}
                extra={t('finance.settings.notifyBaseUrlHint')}
                rules={[{ type: 'url', message: t('finance.settings.urlInvalid') }]}
              >
                <Input placeholder="https://shop.example.com" data-testid="settings-notify-url" />
              </Form.Item>
            </Card>
            <Card title={t('finance.settings.bankAccount')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph type="secondary">{t('finance.settings.bankAccountHint')}</Typography.Paragraph>
              {bankFields.map((name) => (
                <Form.Item
                  key={name}
                  name={['bankAccount', name]}
                  label={t(`finance.settings.fields.${name}`)}
                  dependencies={bankFields.filter((other) => other !== name).map((other) => ['bankAccount', other])}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async () => {
                        if (
                          bankAccountOf(getFieldValue('bankAccount')) === 'partial' &&
                          !getFieldValue(['bankAccount', name])?.trim()
                        ) {
                          throw new Error(t('finance.settings.bankIncomplete'));
                        }
                      },
                    }),
                  ]}
                >
                  <Input data-testid={`settings-bank-${name}`} />
                </Form.Item>
              ))}
            </Card>
          </Col>
          <Col span={12}>
            <Card
              title={t('finance.settings.alipay')}
              style={{ marginBottom: 16 }}
              extra={
                <Form.Item name="alipayOn" valuePropName="checked" noStyle>
                  <Switch
                    checkedChildren={t('finance.settings.on')}
                    unCheckedChildren={t('finance.settings.off')}
                    data-testid="settings-alipay-on"
                  />
                </Form.Item>
              }
            >
              {alipayOn ? (
                alipayFields.map((name) => field('alipay', name, true, alipayOn))
              ) : (
                <Typography.Text type="secondary">{t('finance.settings.providerOff')}</Typography.Text>
              )}
            </Card>
            <Card
              title={t('finance.settings.wechat')}
              style={{ marginBottom: 16 }}
              extra={
                <Form.Item name="wechatOn" valuePropName="checked" noStyle>
                  <Switch
                    checkedChildren={t('finance.settings.on')}
                    unCheckedChildren={t('finance.settings.off')}
                    data-testid="settings-wechat-on"
                  />
                </Form.Item>
              }
            >
              {wechatOn ? (
                wechatFields.map((name) => field('wechat', name, !optionalWechatFields.includes(name), wechatOn))
              ) : (
                <Typography.Text type="secondary">{t('finance.settings.providerOff')}</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      </Form>
    </>
  );
}
