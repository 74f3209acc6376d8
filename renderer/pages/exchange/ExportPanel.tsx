import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Progress, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_KINDS, type SheetKind } from '#domain/registers';
import type { ExportResult, ExportWorkbookInput } from '#server/contract/exports';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';
import { DestinationPicker } from '../../components/DestinationPicker';
import { SavedFile } from '../../components/SavedFile';

interface Values {
  registers: SheetKind[];
  includeArchived: boolean;
}

const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Excel 导出: pick registers and a destination, write the submission workbook, show where it went. */
export function ExportPanel() {
  const { t } = useTranslation();
  const { orpc, client } = useApi();
  const [form] = Form.useForm<Values>();
  // null until the clerk picks or types: then the first destination (a USB stick when one is in).
  const [typed, setTyped] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState<ExportResult | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const includeArchived = Form.useWatch('includeArchived', form) ?? false;
  const counts = useQuery(orpc.exports.counts.queryOptions({ input: { includeArchived } }));
  const destinations = useQuery(orpc.exports.destinations.queryOptions());

  const folder = typed ?? destinations.data?.[0]?.path ?? '';

  // The export streams rows written so far, then the saved file.
  const run = useMutation({
    mutationFn: async (input: ExportWorkbookInput): Promise<ExportResult> => {
      setProgress(null);
      for await (const e of await client.exports.workbook(input)) {
        if (e.type === 'progress') setProgress({ done: e.done, total: e.total });
        else return e.result;
      }
      throw new Error(t('exports.failed'));
    },
    onSuccess: (r) => setSaved(r),
    onError: (e) => setBanner(errorText(e)),
  });
  const submit = (v: Values) => {
    setBanner(null);
    setSaved(null);
    run.mutate({
      registers: SHEET_KINDS.filter((k) => v.registers.includes(k)),
      includeArchived: v.includeArchived,
      ...(folder.trim() ? { folder: folder.trim() } : {}),
    });
  };
  const countText = (kind: SheetKind, n: number | undefined) =>
    n === undefined ? '' : `（${t(`exports.count.${kind}`, { count: n })}）`;
  const summary = saved
    ? t('exports.summary', {
        counts: SHEET_KINDS.filter((k) => saved.counts[k] !== undefined)
          .map((k) => `${t(`exports.register.${k}`)} ${t(`exports.count.${k}`, { count: saved.counts[k] })}`)
          .join('、'),
        size: fileSize(saved.bytes),
      })
    : '';
  const noStick = !destinations.isFetching && !destinations.data?.some((d) => d.removable);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      <Alert type="info" showIcon title={t('exports.intro')} description={t('exports.pipl')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ registers: [...SHEET_KINDS], includeArchived: false }}
        onFinish={submit}
        disabled={run.isPending}
      >
        <Form.Item
          name="registers"
          label={t('exports.registers')}
          rules={[{ required: true, type: 'array', min: 1, message: t('exports.registersRequired') }]}
        >
          <Checkbox.Group
            options={SHEET_KINDS.map((k) => ({
              value: k,
              label: `${t(`exports.register.${k}`)}${countText(k, counts.data?.[k])}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="includeArchived" label={t('exports.includeArchived')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          label={t('destination.label')}
          required
          extra={noStick ? <Typography.Text type="secondary">{t('exports.noRemovable')}</Typography.Text> : null}
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <DestinationPicker destinations={destinations.data ?? []} value={folder} onChange={setTyped} />
            <Button
              size="small"
              icon={<ReloadOutlined />}
              loading={destinations.isFetching}
              onClick={() => void destinations.refetch()}
            >
              {t('exports.refresh')}
            </Button>
          </Space>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={run.isPending}>
            {t('exports.submit')}
          </Button>
          {run.isPending ? <Typography.Text type="secondary">{t('exports.working')}</Typography.Text> : null}
        </Space>
        {run.isPending && progress ? (
          <Progress
            percent={progress.total ? Math.min(99, Math.floor((progress.done / progress.total) * 100)) : 99}
            format={() => t('exports.progress', progress)}
            aria-label={t('exports.working')}
          />
        ) : null}
      </Form>
      {banner ? <Alert type="error" showIcon title={t('exports.failed')} description={banner} /> : null}
      {saved ? (
        <SavedFile title={t('exports.saved')} path={saved.path} downloadId={saved.downloadId} extra={summary} />
      ) : null}
    </Space>
  );
}
