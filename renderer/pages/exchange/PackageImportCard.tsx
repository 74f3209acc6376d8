import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LowerOffice } from '#server/contract/packages';
import { useApi } from '../../api/context';
import { errorText, fieldErrorsOf, ruleText } from '../../api/errors';
import { OfficeRegisterModal } from './OfficeRegisterModal';
import { PackageImportResult } from './PackageImportResult';
import { readAsBase64 } from '../../components/file-transfer';

const when = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '');

/** 接收数据包: the lower offices whose keys are registered here, and the import of one package. */
export function PackageImportCard() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [registering, setRegistering] = useState(false);
  const [file, setFile] = useState<{ name: string; dataBase64: string } | null>(null);
  const [form] = Form.useForm<{ password: string }>();
  const offices = useQuery(orpc.packages.offices.queryOptions());
  const archive = useMutation(
    orpc.packages.archiveOffice.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );
  const run = useMutation(
    orpc.packages.import.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(),
      onError: (e) => {
        const wrong = fieldErrorsOf(e).find((f) => f.field === 'password');
        if (wrong) form.setFields([{ name: 'password', errors: [ruleText(wrong.code, wrong.params, wrong.message)] }]);
      },
    }),
  );
  const submit = ({ password }: { password: string }, skipMissing = false) => {
    if (!file) return void message.error(ruleText('packages.file.required'));
    run.mutate({ fileName: file.name, dataBase64: file.dataBase64, password, skipMissing });
  };
  // A gap in the numbers: the clerk may confirm the missing package is lost and go on.
  const gap = run.error ? fieldErrorsOf(run.error).some((f) => f.code === 'packages.sequence.outOfOrder') : false;
  return (
    <Card
      title={t('packages.lower.title')}
      extra={<Button onClick={() => setRegistering(true)}>{t('packages.lower.register')}</Button>}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Table<LowerOffice>
          size="small"
          rowKey="id"
          loading={offices.isPending}
          dataSource={offices.data}
          pagination={false}
          locale={{ emptyText: t('packages.lower.empty') }}
          title={() => <Typography.Text strong>{t('packages.lower.offices')}</Typography.Text>}
          columns={[
            { title: t('packages.office.name'), dataIndex: 'name' },
            { title: t('packages.office.code'), dataIndex: 'code' },
            {
              title: t('packages.office.fingerprint'),
              dataIndex: 'fingerprint',
              render: (f: string) => <Typography.Text code>{f}</Typography.Text>,
            },
            {
              title: t('packages.lower.lastSequence'),
              dataIndex: 'lastSequence',
              render: (n: number) => (n ? t('packages.lower.lastSequenceValue', { n }) : t('packages.lower.noneYet')),
            },
            { title: t('packages.lower.lastImportedAt'), dataIndex: 'lastImportedAt', render: when },
            {
              title: t('packages.lower.registeredBy'),
              key: 'by',
              render: (_: unknown, o) => `${o.registeredBy} ${when(o.registeredAt)}`,
            },
            {
              title: t('packages.lower.status'),
              dataIndex: 'archived',
              render: (a: boolean) =>
                a ? <Tag>{t('packages.lower.archived')}</Tag> : <Tag color="green">{t('packages.lower.active')}</Tag>,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, o) =>
                o.archived ? (
                  <Button size="small" onClick={() => archive.mutate({ id: o.id, archived: false })}>
                    {t('packages.lower.restore')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('packages.lower.confirmArchive', { name: o.name })}
                    onConfirm={() => archive.mutate({ id: o.id, archived: true })}
                  >
                    <Button size="small" danger>
                      {t('packages.lower.archive')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('packages.import.title')}
        </Typography.Title>
        <Form form={form} name="packageImport" layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
          <Form.Item label={t('packages.import.chooseFile')} required>
            <Space>
              <Upload
                accept=".shrpkg"
                showUploadList={false}
                beforeUpload={(f) => {
                  run.reset();
                  void readAsBase64(f).then((dataBase64) => setFile({ name: f.name, dataBase64 }));
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />}>{t('packages.import.chooseFile')}</Button>
              </Upload>
              {file && (
                <Typography.Text data-testid="chosen-package">
                  {t('packages.import.chosen', { name: file.name })}
                </Typography.Text>
              )}
            </Space>
          </Form.Item>
          <Form.Item
            name="password"
            label={t('packages.import.password')}
            rules={[{ required: true, message: ruleText('packages.password.required') }]}
          >
            <Input.Password autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={run.isPending} disabled={!file}>
            {t('packages.import.submit')}
          </Button>
        </Form>
        {run.data && <PackageImportResult result={run.data} />}
        {run.error && (
          <Alert
            type="error"
            showIcon
            data-testid="import-refused"
            title={t('packages.import.refused')}
            description={errorText(run.error)}
            action={
              gap && (
                <Popconfirm
                  title={t('packages.import.skipConfirm')}
                  onConfirm={() => submit(form.getFieldsValue(), true)}
                  overlayStyle={{ maxWidth: 420 }}
                >
                  <Button danger>{t('packages.import.skipMissing')}</Button>
                </Popconfirm>
              )
            }
          />
        )}
      </Space>
      {registering && <OfficeRegisterModal onClose={() => setRegistering(false)} />}
    </Card>
  );
}
