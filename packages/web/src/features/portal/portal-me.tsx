import {
  AccountBookOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  ProfileOutlined,
  RightOutlined,
  RollbackOutlined,
  ThunderboltOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Card, Descriptions, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe, useSignOut } from '../../app/auth.ts';
import { ItemList, ItemRow } from '../../components/item-list.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { ChangePasswordModal } from '../auth/change-password-modal.tsx';

/** 我的: who is signed in, for which company, and account settings. */
export function PortalMe() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [passwordOpen, setPasswordOpen] = useState(false);
  if (!me) return null;

  return (
    <div data-testid="portal-me" style={{ display: 'grid', gap: 12, maxWidth: 640, margin: '0 auto' }}>
      <Card>
        <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
          <Avatar size={56} style={{ background: '#1f5fd1', fontSize: 24, flex: 'none' }}>
            {me.name.slice(0, 1)}
          </Avatar>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {me.name}
            </Typography.Title>
            <Typography.Text type="secondary">{me.username}</Typography.Text>
          </div>
        </div>
        <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('portal.company')}>{me.customerName ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('portal.role')}>
            {me.roles.map((role) => (
              <Tag key={role.code} color="blue">
                {role.name}
              </Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card styles={{ body: { padding: '0 16px' } }} title={t('portal.settings')} size="small">
        <ItemList>
          <ItemRow
            testId="portal-orders-link"
            onClick={() => navigate('/portal/orders')}
            title={
              <span>
                <ProfileOutlined style={{ marginInlineEnd: 10 }} />
                {t('portalOrders.title')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            testId="portal-returns-link"
            onClick={() => navigate('/portal/returns')}
            title={
              <span>
                <RollbackOutlined style={{ marginInlineEnd: 10 }} />
                {t('portalReturns.title')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            testId="portal-bills-link"
            onClick={() => navigate('/portal/bills')}
            title={
              <span>
                <AccountBookOutlined style={{ marginInlineEnd: 10 }} />
                {t('portalPay.billsTitle')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            testId="portal-account-link"
            onClick={() => navigate('/portal/account')}
            title={
              <span>
                <WalletOutlined style={{ marginInlineEnd: 10 }} />
                {t('portalPay.accountTitle')}
              </span>
            }
            extra={<RightOutlined />}
          />
          {/* 我的对账单: the statements pages (features/statements) are built separately and own /portal/statements. */}
          <ItemRow
            testId="portal-statements-link"
            onClick={() => navigate('/portal/statements')}
            title={
              <span>
                <FileTextOutlined style={{ marginInlineEnd: 10 }} />
                {t('portalPay.statementsTitle')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            testId="portal-quick-order-link"
            onClick={() => navigate('/portal/quick-order')}
            title={
              <span>
                <ThunderboltOutlined style={{ marginInlineEnd: 10 }} />
                {t('quickOrder.title')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            testId="portal-addresses-link"
            onClick={() => navigate('/portal/me/addresses')}
            title={
              <span>
                <EnvironmentOutlined style={{ marginInlineEnd: 10 }} />
                {t('portal.addresses')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            testId="portal-change-password"
            onClick={() => setPasswordOpen(true)}
            title={
              <span>
                <KeyOutlined style={{ marginInlineEnd: 10 }} />
                {t('common.changePassword')}
              </span>
            }
            extra={<RightOutlined />}
          />
          <ItemRow
            title={
              <span>
                <GlobalOutlined style={{ marginInlineEnd: 10 }} />
                {t('common.language')}
              </span>
            }
            extra={<LanguageSwitch />}
          />
        </ItemList>
      </Card>

      <Button
        danger
        block
        size="large"
        icon={<LogoutOutlined />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
        data-testid="portal-sign-out"
      >
        {t('common.signOut')}
      </Button>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </div>
  );
}
