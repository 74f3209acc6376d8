import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeInfo } from '#server/contract/packages';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';
import { SavedFile } from '../../components/SavedFile';
import { OfficeFormModal } from './OfficeFormModal';

/** 本单位: level, code, name and the key fingerprint two clerks compare by phone. */
export function OfficeCard({ info }: { info: OfficeInfo }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const exportKey = useMutation(
    orpc.packages.exportKey.mutationOptions({ onError: (e) => message.error(errorText(e)) }),
  );
  const o = info.office;
  return (
    <Card
      title={t('packages.office.title')}
      extra={
        <Space>
          <Button onClick={() => setEditing(true)}>{t('packages.office.edit')}</Button>
          <Button type="primary" disabled={!o} loading={exportKey.isPending} onClick={() => exportKey.mutate({})}>
            {t('packages.office.exportKey')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {!o && <Alert type="warning" showIcon title={t('packages.office.none')} />}
        {o && info.derived && <Alert type="info" showIcon title={t('packages.office.derivedHint')} />}
        <Descriptions bordered size="small" column={2}>
          <Descriptions.Item label={t('packages.office.level')}>
            {o ? t(`packages.level.${o.level}`) : t('common.none')}{' '}
            {info.derived && <Tag>{t('packages.office.derived')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('packages.office.code')}>{o?.code ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('packages.office.name')} span={2}>
            <span data-testid="office-name">{o?.name ?? t('common.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('packages.office.fingerprint')} span={2}>
            <Space orientation="vertical" size={0}>
              <Typography.Text code copyable data-testid="office-fingerprint" style={{ fontSize: 16 }}>
                {info.fingerprint}
              </Typography.Text>
              <Typography.Text type="secondary">{t('packages.office.fingerprintHint')}</Typography.Text>
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {exportKey.data && (
          <SavedFile
            title={t('packages.office.keySaved')}
            path={exportKey.data.path}
            downloadId={exportKey.data.downloadId}
            extra={<Typography.Text>{t('packages.office.keyHint')}</Typography.Text>}
          />
        )}
      </Space>
      {editing && <OfficeFormModal info={info} onClose={() => setEditing(false)} />}
    </Card>
  );
}
