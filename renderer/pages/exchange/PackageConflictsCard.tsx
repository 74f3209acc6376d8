import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictDifference, PackageConflict } from '#server/contract/packages';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';

/** One value of a package record as a short line: lists item by item, objects by their filled fields. */
function useValueText() {
  const { t } = useTranslation();
  const one = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('common.none');
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (Array.isArray(v)) return v.length ? v.map(one).join('；') : t('common.none');
    if (typeof v === 'object')
      return Object.values(v as Record<string, unknown>)
        .filter((x) => x !== null && x !== '')
        .map(one)
        .join(' ');
    return String(v);
  };
  return one;
}

function Differences({ list, reason }: { list: ConflictDifference[]; reason: PackageConflict['reason'] }) {
  const { t, i18n } = useTranslation();
  const text = useValueText();
  return (
    <Space orientation="vertical" size={0}>
      {reason === 'permitTaken' && (
        <Typography.Text type="danger">{t('packages.conflicts.permitTaken')}</Typography.Text>
      )}
      {list.map((d) => (
        <Typography.Text key={d.field}>
          {i18n.exists(`packages.fields.${d.field}`) ? t(`packages.fields.${d.field}`) : d.field}：{text(d.local)} →{' '}
          {text(d.incoming)}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** 冲突处理: each record a lower office sent that differs from ours, kept or taken one by one. */
export function PackageConflictsCard() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [all, setAll] = useState(false);
  const conflicts = useQuery(orpc.packages.conflicts.queryOptions({ input: { status: all ? 'all' : 'open' } }));
  const resolve = useMutation(
    orpc.packages.resolveConflict.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );
  return (
    <Card
      title={t('packages.conflicts.title')}
      extra={
        <Space>
          {t('packages.conflicts.showResolved')}
          <Switch checked={all} onChange={setAll} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('packages.conflicts.hint')}</Typography.Paragraph>
      <Table<PackageConflict>
        size="small"
        rowKey="id"
        loading={conflicts.isPending}
        dataSource={conflicts.data}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('packages.conflicts.empty') }}
        columns={[
          { title: t('packages.conflicts.office'), key: 'office', render: (_: unknown, c) => c.office.name },
          {
            title: t('packages.conflicts.sequence'),
            dataIndex: 'sequence',
            render: (n: number) => t('packages.conflicts.sequenceValue', { n }),
          },
          {
            title: t('packages.conflicts.entity'),
            dataIndex: 'entity',
            render: (e: PackageConflict['entity']) => t(`packages.conflicts.entities.${e}`),
          },
          { title: t('packages.conflicts.name'), dataIndex: 'name' },
          { title: t('packages.conflicts.key'), dataIndex: 'keyMasked' },
          {
            title: t('packages.conflicts.differences'),
            key: 'diff',
            render: (_: unknown, c) => <Differences list={c.differences} reason={c.reason} />,
          },
          {
            title: t('packages.conflicts.status'),
            key: 'status',
            render: (_: unknown, c) =>
              c.status === 'open' ? (
                <Space>
                  <Button
                    size="small"
                    loading={resolve.isPending}
                    onClick={() => resolve.mutate({ id: c.id, action: 'keep' })}
                  >
                    {t('packages.conflicts.keep')}
                  </Button>
                  <Popconfirm
                    title={t('packages.conflicts.confirmTake', { office: c.office.name })}
                    onConfirm={() => resolve.mutate({ id: c.id, action: 'take' })}
                  >
                    <Button size="small" type="primary" disabled={c.reason === 'permitTaken'}>
                      {t('packages.conflicts.take')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : (
                <Tag>{`${t(`packages.conflicts.statuses.${c.status}`)}${c.resolvedBy ? ` · ${c.resolvedBy}` : ''}`}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
