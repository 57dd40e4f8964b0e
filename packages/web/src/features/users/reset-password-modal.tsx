import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { UserRow } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';

/** An administrator sets a new password for someone else; their sessions end. */
export function ResetPasswordModal({ user, onClose }: { user?: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      unwrap(api.POST('/api/users/{id}/password', { params: { path: { id } }, body: { password } })),
    onSuccess: () => {
      message.success(t('users.passwordReset'));
      form.resetFields();
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      title={user ? t('users.resetPasswordFor', { name: user.name }) : ''}
      open={!!user}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={reset.isPending}
      okButtonProps={{ 'data-testid': 'reset-password-submit' }}
      forceRender
    >
      <Alert type="info" showIcon title={t('users.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={({ password }) => user && reset.mutate({ id: user.id, password })}>
        <Form.Item
          name="password"
          label={t('auth.newPassword')}
          rules={[{ required: true, min: 8, message: t('auth.passwordMin') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
