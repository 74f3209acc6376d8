import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { DivisionEditor } from './DivisionEditor';
import { PermitPatternSetting } from './PermitPatternSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const status = useQuery(orpc.setup.status.queryOptions());
  return (
    <Card title={t('settings.title')}>
      <Tabs
        items={[
          { key: 'divisions', label: t('settings.divisions'), children: <DivisionEditor /> },
          { key: 'permit', label: t('settings.permitPattern'), children: <PermitPatternSetting /> },
          {
            key: 'about',
            label: t('settings.about'),
            children: (
              <Descriptions column={1} bordered size="small">
                <Descriptions.Item label={t('settings.version')}>{status.data?.appVersion}</Descriptions.Item>
                <Descriptions.Item label={t('settings.dataFile')}>{status.data?.dataFile}</Descriptions.Item>
              </Descriptions>
            ),
          },
        ]}
      />
    </Card>
  );
}
