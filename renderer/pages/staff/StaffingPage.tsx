import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAFF_POSTS } from '#domain/staff/enums';
import type { StaffingRow } from '#server/contract';
import { useApi } from '../../api/context';

/** 人员配备: head counts per employer and post, with how many hold a valid 上岗证. */
export function StaffingPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const rows = useQuery(orpc.staff.staffing.queryOptions());
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('staffing.title')}
        </Typography.Title>
      }
    >
      <Table<StaffingRow>
        rowKey={(r) => r.employerInstitutionId ?? 0}
        size="small"
        scroll={{ x: 1200 }}
        loading={rows.isPending}
        dataSource={rows.data}
        pagination={false}
        columns={[
          {
            title: t('staffing.employer'),
            key: 'employer',
            fixed: 'start',
            width: 260,
            render: (_: unknown, r) => r.employerName ?? t('staff.officePost'),
          },
          ...STAFF_POSTS.map((p) => ({
            title: t(`staff.post.${p}`),
            key: p,
            align: 'right' as const,
            render: (_: unknown, r: StaffingRow) => r.counts[p] ?? 0,
          })),
          // The totals stay in view when the post columns scroll sideways on a narrow window.
          { title: t('staffing.total'), dataIndex: 'total', align: 'right', fixed: 'end', width: 80 },
          { title: t('staffing.permitted'), dataIndex: 'withValidPermit', align: 'right', fixed: 'end', width: 130 },
        ]}
      />
    </Card>
  );
}
