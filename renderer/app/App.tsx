import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { ComponentProps } from 'react';
import { ApiProvider } from '../api/context';
import { ServiceBanner } from './ServiceBanner';
import { Shell } from './Shell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

export function App({ api }: { api: ComponentProps<typeof ApiProvider>['value'] }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#c2410c', borderRadius: 4 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <ApiProvider value={api}>
            <ServiceBanner />
            <HashRouter>
              <Shell />
            </HashRouter>
          </ApiProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
