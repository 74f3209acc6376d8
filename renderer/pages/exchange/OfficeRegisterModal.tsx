import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';
import { readAsBase64 } from '../../components/file-transfer';

/**
 * 登记下级单位: the .shrkey file is read first and its fingerprint shown; only after the clerk
 * has compared it by phone is that same key registered.
 */
export function OfficeRegisterModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const [dataBase64, setData] = useState<string | null>(null);
  const read = useMutation(orpc.packages.readKeyFile.mutationOptions());
  const register = useMutation(
    orpc.packages.registerOffice.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        onClose();
      },
    }),
  );
  const key = read.data;
  const error = read.error ?? register.error;
  return (
    <Modal
      open
      title={t('packages.lower.registerTitle')}
      onCancel={onClose}
      okText={t('packages.lower.confirm')}
      okButtonProps={{ disabled: !key || !dataBase64 }}
      confirmLoading={register.isPending}
      onOk={() => key && dataBase64 && register.mutate({ dataBase64, fingerprint: key.fingerprint })}
      destroyOnHidden
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Upload
          accept=".shrkey,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            register.reset();
            void readAsBase64(file).then((b64) => {
              setData(b64);
              read.mutate({ dataBase64: b64 });
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={read.isPending}>
            {t('packages.lower.chooseKey')}
          </Button>
        </Upload>
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        {key && (
          <>
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label={t('packages.office.name')}>{key.name}</Descriptions.Item>
              <Descriptions.Item label={t('packages.office.level')}>
                {t(`packages.level.${key.level}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('packages.office.code')}>{key.code}</Descriptions.Item>
              <Descriptions.Item label={t('packages.office.fingerprint')}>
                <Typography.Text code data-testid="key-fingerprint" style={{ fontSize: 16 }}>
                  {key.fingerprint}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Alert type="warning" showIcon title={t('packages.lower.confirmHint')} />
          </>
        )}
      </Space>
    </Modal>
  );
}
