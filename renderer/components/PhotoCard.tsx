import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Image, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context';
import { errorText } from '../api/errors';
import { readAsBase64 } from './file-transfer';

/** The photo printed on cards, forms and 上岗证; the server checks the bytes, not the file name. */
export function PhotoCard({ kind, id }: { kind: 'persons' | 'staff'; id: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const api = orpc[kind];
  const photo = useQuery(api.photo.queryOptions({ input: { id } }));
  const upload = useMutation(
    api.setPhoto.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );
  return (
    <Card title={t('person.photo.title')} size="small" loading={photo.isPending}>
      {photo.data ? (
        <Image
          width={132}
          src={`data:${photo.data.mime};base64,${photo.data.dataBase64}`}
          alt={t('person.photo.title')}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.photo.none')} />
      )}
      <Upload
        accept="image/jpeg,image/png"
        showUploadList={false}
        beforeUpload={(file) => {
          void readAsBase64(file).then((dataBase64) => upload.mutate({ id, mime: file.type, dataBase64 }));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginTop: 8 }}>
          {photo.data ? t('person.photo.replace') : t('person.photo.upload')}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0, fontSize: 12 }}>
        {t('person.photo.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
