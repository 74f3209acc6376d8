import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { packagePassword } from '#domain/office';
import type { OfficeInfo } from '#server/contract/packages';
import { useApi } from '../../api/context';
import { applyFieldErrors, errorText, fieldErrorsOf, ruleText } from '../../api/errors';
import { DestinationPicker } from '../../components/DestinationPicker';
import { SavedFile } from '../../components/SavedFile';
import { zodFieldRule } from '../../components/zod-rule';

interface Values {
  directory: string;
  password: string;
  confirm: string;
}

/** 上报数据包: removable drives first, the password twice, then the written and checked file. */
export function PackageExportCard({ info }: { info: OfficeInfo }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const destinations = useQuery(orpc.exports.destinations.queryOptions());
  useEffect(() => {
    const first = destinations.data?.[0];
    if (first && !form.getFieldValue('directory')) form.setFieldsValue({ directory: first.path });
  }, [destinations.data, form]);
  const run = useMutation(
    orpc.packages.export.mutationOptions({
      onSuccess: async () => {
        form.resetFields(['password', 'confirm']);
        await queryClient.invalidateQueries();
      },
      onError: (e) => applyFieldErrors(form, fieldErrorsOf(e)),
    }),
  );
  const submit = (v: Values) => run.mutate({ directory: v.directory, password: v.password });
  const result = run.data;
  const refusal =
    run.error && !fieldErrorsOf(run.error).some((f) => ['directory', 'password'].includes(f.field))
      ? errorText(run.error)
      : null;
  return (
    <Card title={t('packages.export.title')}>
      <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 720 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('packages.export.intro')}
        </Typography.Paragraph>
        <Typography.Text strong data-testid="next-sequence">
          {t('packages.export.next', { sequence: info.nextSequence })}
        </Typography.Text>
        {info.lastExport && (
          <Typography.Text type="secondary">
            {t('packages.export.lastExport', {
              sequence: info.lastExport.sequence,
              at: dayjs(info.lastExport.at).format('YYYY-MM-DD HH:mm'),
            })}
          </Typography.Text>
        )}
        <Form<Values> form={form} name="packageExport" layout="vertical" onFinish={submit}>
          <Form.Item
            name="directory"
            label={t('destination.label')}
            rules={[{ required: true, whitespace: true, message: ruleText('packages.export.folderRequired') }]}
          >
            <DestinationPicker destinations={destinations.data ?? []} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('packages.export.password')}
            extra={t('packages.export.passwordHint')}
            rules={[zodFieldRule(packagePassword)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('packages.export.confirm')}
            dependencies={['password']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, v: string | undefined) => {
                  if (v !== getFieldValue('password')) throw new Error(ruleText('packages.password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={run.isPending}>
            {t('packages.export.submit')}
          </Button>
        </Form>
        {refusal && <Alert type="error" showIcon title={refusal} />}
        {result && (
          <SavedFile
            title={t('packages.export.saved', { sequence: result.sequence })}
            path={result.path}
            downloadId={result.downloadId}
            extra={
              <Space orientation="vertical" size={0}>
                <Typography.Text data-testid="export-rows">{t('packages.export.rows', result.rows)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('packages.export.period', {
                    from: dayjs(result.period.from).format('YYYY-MM-DD HH:mm'),
                    to: dayjs(result.period.to).format('YYYY-MM-DD HH:mm'),
                  })}
                </Typography.Text>
              </Space>
            }
          />
        )}
      </Space>
    </Card>
  );
}
