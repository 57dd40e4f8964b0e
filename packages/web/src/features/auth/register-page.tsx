import { LeftOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { homeFor, useMe } from '../../app/auth.ts';
import { AuthShell } from '../../components/auth-shell.tsx';
import { RegionCascader } from '../../components/region-cascader.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import {
  isAcceptablePassword,
  mobilePattern,
  type RegistrationValues,
  toRegistrationBody,
  usernamePattern,
} from './register-form.ts';

/** 注册新客户: a company applies for an account; the supplier approves it before it can sign in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const me = useMe();
  const showError = useApiError();
  const [form] = Form.useForm<RegistrationValues>();
  const register = useMutation({
    mutationFn: (values: RegistrationValues) =>
      unwrap(api.POST('/api/registrations', { body: toRegistrationBody(values) })),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 429) return; // shown inline
      showError(error, form, { province: 'region', city: 'region', district: 'region' });
    },
  });

  if (me.data) return <Navigate to={homeFor(me.data)} replace />;

  return (
    <AuthShell
      className="register-page"
      title={t('register.heroTitle')}
      tagline={t('register.heroTagline')}
      points={(['step1', 'step2', 'step3'] as const).map((key) => t(`register.${key}`))}
    >
      <div className="login-card register-card">
        {register.isSuccess ? (
          <Result
            status="success"
            data-testid="register-success"
            title={t('register.submitted')}
            subTitle={t('register.submittedHint')}
            extra={
              <Link to="/login">
                <Button type="primary" data-testid="register-back-login">
                  {t('register.backToLogin')}
                </Button>
              </Link>
            }
          />
        ) : (
          <>
            <Link to="/login" className="register-back" data-testid="register-to-login">
              <LeftOutlined /> {t('register.haveAccount')}
            </Link>
            <h1>{t('register.title')}</h1>
            <div className="login-subtitle">{t('register.subtitle')}</div>
            <Form<RegistrationValues>
              form={form}
              layout="vertical"
              requiredMark="optional"
              data-testid="register-form"
              onFinish={(values) => register.mutate(values)}
              scrollToFirstError
            >
              <div className="register-section">{t('register.company')}</div>
              <Form.Item
                name="companyName"
                label={t('register.companyName')}
                rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('register.companyNameRule') }]}
              >
                <Input autoComplete="organization" data-testid="register-company" />
              </Form.Item>
              <div className="form-grid-2">
                <Form.Item
                  name="contactName"
                  label={t('register.contactName')}
                  rules={[{ required: true, whitespace: true, max: 32, message: t('register.contactNameRule') }]}
                >
                  <Input autoComplete="name" data-testid="register-contact" />
                </Form.Item>
                <Form.Item
                  name="phone"
                  label={t('register.phone')}
                  normalize={(value: string) => value.replace(/[^\d]/g, '').slice(0, 11)}
                  rules={[
                    { required: true, message: t('register.phoneRequired') },
                    { pattern: mobilePattern, message: t('register.phoneRule') },
                  ]}
                >
                  <Input inputMode="tel" autoComplete="tel" data-testid="register-phone" />
                </Form.Item>
              </div>
              <Form.Item name="region" label={t('regions.label')}>
                <RegionCascader testId="register-region" />
              </Form.Item>
              <Form.Item name="address" label={t('register.address')} rules={[{ max: 200 }]}>
                <Input autoComplete="street-address" data-testid="register-address" />
              </Form.Item>
              <div className="register-section">{t('register.account')}</div>
              <Form.Item
                name="username"
                label={t('auth.username')}
                rules={[
                  { required: true, message: t('auth.usernameRequired') },
                  { pattern: usernamePattern, message: t('users.usernameRule') },
                ]}
              >
                <Input
                  autoComplete="username"
                  autoCapitalize="none"
                  placeholder={t('users.usernameRule')}
                  data-testid="register-username"
                />
              </Form.Item>
              <div className="form-grid-2">
                <Form.Item
                  name="password"
                  label={t('auth.password')}
                  rules={[
                    { required: true, message: t('auth.passwordRequired') },
                    {
                      validator: (_, value: string | undefined) =>
                        !value || isAcceptablePassword(value)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('auth.passwordMin'))),
                    },
                  ]}
                >
                  <Input.Password autoComplete="new-password" data-testid="register-password" />
                </Form.Item>
                <Form.Item
                  name="confirmPassword"
                  label={t('register.confirmPassword')}
                  dependencies={['password']}
                  rules={[
                    { required: true, message: t('register.confirmRequired') },
                    ({ getFieldValue }) => ({
                      validator: (_, value: string | undefined) =>
                        !value || value === getFieldValue('password')
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('auth.passwordMismatch'))),
                    }),
                  ]}
                >
                  <Input.Password autoComplete="new-password" data-testid="register-confirm" />
                </Form.Item>
              </div>
              {register.error instanceof ApiError && register.error.status === 429 ? (
                <Alert
                  type="error"
                  showIcon
                  title={t('register.rateLimited')}
                  style={{ marginBottom: 16 }}
                  data-testid="register-error"
                />
              ) : null}
              <Button
                type="primary"
                size="large"
                htmlType="submit"
                block
                loading={register.isPending}
                data-testid="register-submit"
              >
                {t('register.submit')}
              </Button>
            </Form>
          </>
        )}
      </div>
    </AuthShell>
  );
}
