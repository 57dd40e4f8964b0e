import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';

export const brandColor = '#1f5fd1';

function AntConfig({ children }: { children: ReactNode }) {
  // Re-renders on language change, so antd's own texts (pagination, pickers) follow.
  const { i18n: active } = useTranslation();
  return (
    <ConfigProvider
      locale={active.language === 'en-US' ? enUS : zhCN}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: { colorPrimary: brandColor, borderRadius: 8 },
        components: { Layout: { headerBg: '#ffffff', siderBg: '#0f1f3d' }, Menu: { darkItemBg: '#0f1f3d' } },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <AntConfig>{children}</AntConfig>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
