import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUrlQuery } from '../../components/use-url-query';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PackagesPanel } from './PackagesPanel';

const TABS = ['imports', 'exports', 'packages'] as const;
type Tab = (typeof TABS)[number];

/** 数据交换: Excel in and out, and the signed, encrypted packages between offices. */
export function ExchangePage() {
  const { t } = useTranslation();
  const { query, update } = useUrlQuery(({ str }) => ({
    tab: (TABS as readonly string[]).includes(str('tab') ?? '') ? (str('tab') as Tab) : 'imports',
  }));
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('exchange.title')}
        </Typography.Title>
      }
    >
      <Tabs
        activeKey={query.tab}
        onChange={(tab) => update({ tab: tab as Tab })}
        destroyOnHidden
        items={[
          { key: 'imports', label: t('exchange.tabs.imports'), children: <ImportPanel /> },
          { key: 'exports', label: t('exchange.tabs.exports'), children: <ExportPanel /> },
          { key: 'packages', label: t('exchange.tabs.packages'), children: <PackagesPanel /> },
        ]}
      />
    </Card>
  );
}
