import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { meQueryKey, safeNext, useMe } from '../../app/auth.ts';
import { AuthShell } from '../../components/auth-shell.tsx';
import { Brand } from '../../components/brand.tsx';
import { localizeServerMessage } from '../../i18n/index.ts';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const signIn = useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/auth/login', { body })),
    meta: { signIn: true },
    onSuccess: ({ user }) => {
      client.setQueryData(meQueryKey, user);
      navigate(safeNext(params.get('next'), user), { replace: true });
    },
  });

  if (me.data && !signIn.isPending) return <Navigate to={safeNext(params.get('next'), me.data)} replace />;

  const error = signIn.error;
  const errorText = !error
    ? null
    : error instanceof ApiError && error.status === 429
      ? t('auth.rateLimited')
      : error instanceof ApiError && error.status === 0
        ? t('common.networkError')
        : error instanceof ApiError
          ? localizeServerMessage(error.message)
          : t('common.unknownError');

  return (
    <AuthShell
      title={t('app.brand')}
      tagline={t('app.tagline')}
      points={(['featureOrder', 'featureFlow', 'featureRoles'] as const).map((key) => t(`auth.${key}`))}
    >
      <div className="login-card">
        <div className="login-card-brand">
          <Brand />
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <h1>{t('auth.welcome')}</h1>
        <div className="login-subtitle">{t('auth.subtitle')}</div>
        <Form<Credentials>
          layout="vertical"
          size="large"
          requiredMark={false}
          data-testid="login-form"
          onFinish={(values) => signIn.mutate(values)}
          onValuesChange={() => signIn.error && signIn.reset()}
        >
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input
              id="username"
              prefix={<UserOutlined />}
              placeholder={t('auth.usernamePlaceholder')}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password
              id="password"
              prefix={<LockOutlined />}
              placeholder={t('auth.passwordPlaceholder')}
              autoComplete="current-password"
            />
          </Form.Item>
          {errorText ? (
            <Alert type="error" showIcon title={errorText} data-testid="login-error" style={{ marginBottom: 16 }} />
          ) : null}
          <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="login-submit">
            {t('auth.signIn')}
          </Button>
        </Form>
        <div className="login-register">
          {t('register.noAccount')}{' '}
          <Link to="/register" data-testid="register-link">
            {t('register.link')}
          </Link>
        </div>
      </div>
    </AuthShell>
  );
}
