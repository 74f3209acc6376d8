import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageLogEntry } from '#server/contract/packages';
import { useApi } from '../../api/context';
import { ruleText } from '../../api/errors';

const OUTCOME_COLOR = { exported: 'blue', imported: 'green', alreadyImported: 'default', refused: 'red' } as const;

/** 交换记录: every package written here and every import attempt, refusals with their reason. */
export function PackageLogCard() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const [page, setPage] = useState(1);
  const log = useQuery(orpc.packages.log.queryOptions({ input: { page, pageSize: 10 } }));
  const detail = (e: PackageLogEntry): string => {
    if (e.reasonCode) return ruleText(e.reasonCode, e.reasonParams ?? undefined);
    if (e.counts) {
      const sum = (k: 'inserted' | 'updated' | 'conflicts') =>
        Object.values(e.counts ?? {}).reduce((n, c) => n + c[k], 0);
      return t('packages.log.counts', {
        inserted: sum('inserted'),
        updated: sum('updated'),
        conflicts: sum('conflicts'),
      });
    }
    return e.rows ? t('packages.export.rows', e.rows) : '';
  };
  return (
    <Card title={t('packages.log.title')}>
      <Table<PackageLogEntry>
        size="small"
        rowKey="id"
        loading={log.isPending}
        dataSource={log.data?.data}
        pagination={{
          current: page,
          pageSize: 10,
          total: log.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: t('packages.log.at'),
            dataIndex: 'at',
            width: 150,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
          },
          { title: t('packages.log.actor'), dataIndex: 'actor', width: 100 },
          {
            title: t('packages.log.direction'),
            dataIndex: 'direction',
            width: 70,
            render: (d: PackageLogEntry['direction']) => t(`packages.log.directions.${d}`),
          },
          {
            title: t('packages.log.outcome'),
            dataIndex: 'outcome',
            width: 100,
            render: (o: PackageLogEntry['outcome']) => (
              <Tag color={OUTCOME_COLOR[o]}>{t(`packages.log.outcomes.${o}`)}</Tag>
            ),
          },
          {
            title: t('packages.log.office'),
            dataIndex: 'officeName',
            render: (n: string | null) => n ?? t('common.none'),
          },
          {
            title: t('packages.log.sequence'),
            dataIndex: 'sequence',
            width: 60,
            render: (n: number | null) => n ?? t('common.none'),
          },
          { title: t('packages.log.fileName'), dataIndex: 'fileName', ellipsis: true },
          { title: t('packages.log.detail'), key: 'detail', render: (_: unknown, e) => detail(e) },
        ]}
      />
    </Card>
  );
}
