import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../server/contract';

const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'streetId', 'communityId', 'id', 'institutionId']);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** What changed in one audit entry, field by field, in the clerk's language. */
function useChanges() {
  const { t, i18n } = useTranslation();
  const label = (k: string) => (i18n.exists(`institution.fields.${k}`) ? t(`institution.fields.${k}`) : i18n.exists(`institution.assessmentFields.${k}`) ? t(`institution.assessmentFields.${k}`) : k);
  return (e: AuditEntry): string[] => {
    if (!e.before || !e.after) return [];
    const before = e.before;
    return Object.keys(e.after)
      .filter((k) => !HIDDEN.has(k) && show(before[k]) !== show(e.after?.[k]))
      .map((k) => `${label(k)}：${show(before[k])} → ${show(e.after?.[k])}`);
  };
}

export function HistoryTable({ entries, loading }: { entries: AuditEntry[] | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const changes = useChanges();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('institution.historyEmpty') }}
      columns={[
        { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
        { title: t('audit.actor'), dataIndex: 'actor', width: 120 },
        { title: t('audit.action'), dataIndex: 'action', width: 110, render: (v: string) => (i18n.exists(`audit.actions.${v}`) ? t(`audit.actions.${v}`) : v) },
        {
          title: t('institution.changedFields'),
          key: 'changes',
          render: (_: unknown, e) => changes(e).map((line) => <Typography.Text key={line} style={{ display: 'block' }}>{line}</Typography.Text>),
        },
      ]}
    />
  );
}
