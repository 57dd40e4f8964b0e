import { AlipayCircleFilled, BankOutlined, CreditCardOutlined, WalletOutlined, WechatFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { PayMethod } from './payment-types.ts';

/** Each method's icon, in its provider's colour where it has one. */
export const methodIcons: Record<PayMethod, ReactNode> = {
  wallet: <WalletOutlined style={{ color: '#d46b08' }} />,
  credit: <CreditCardOutlined style={{ color: '#1f5fd1' }} />,
  alipay: <AlipayCircleFilled style={{ color: '#1677ff' }} />,
  wechat: <WechatFilled style={{ color: '#07c160' }} />,
  offline: <BankOutlined style={{ color: '#595959' }} />,
};
