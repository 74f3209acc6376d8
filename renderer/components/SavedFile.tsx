import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadUrl } from './file-transfer';

/** Where an export or package was written (checked by reading it back), with a download in the browser host. */
export function SavedFile({
  title,
  path,
  downloadId,
  extra,
}: {
  title: string;
  path: string;
  downloadId: string;
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const url = downloadUrl(downloadId);
  return (
    <Alert
      type="success"
      showIcon
      message={title}
      description={
        <Space direction="vertical">
          <Typography.Text copyable>{t('common.savedTo', { path })}</Typography.Text>
          {extra}
          {url && (
            <Button icon={<DownloadOutlined />} href={url} download>
              {t('common.download')}
            </Button>
          )}
        </Space>
      }
    />
  );
}
