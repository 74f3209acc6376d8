import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPermitPattern } from '#domain/staff/permit';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf, ruleText } from '../../api/errors';

/** 上岗证编号规则: set by the office; numbers already issued never change. */
export function PermitPatternSetting() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ pattern: string }>();
  const current = useQuery(orpc.settings.permitPattern.queryOptions());
  useEffect(() => {
    if (current.data) form.setFieldsValue({ pattern: current.data.pattern });
  }, [current.data, form]);
  const save = useMutation(
    orpc.settings.setPermitPattern.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        message.success(t('common.saved'));
      },
      onError: (e) => applyFieldErrors(form, fieldErrorsOf(e)),
    }),
  );
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <Alert type="info" showIcon title={t('settings.permitPatternHint')} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="pattern"
          label={t('settings.permitPattern')}
          rules={[
            {
              validator: async (_r, v: string) => {
                const e = checkPermitPattern(v ?? '');
                if (e) throw new Error(ruleText(e));
              },
            },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t('settings.permitExample', { example: current.data?.example ?? '' })}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Space>
  );
}
