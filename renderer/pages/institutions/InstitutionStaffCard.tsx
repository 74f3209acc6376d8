import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffListItem } from '#server/contract';
import { useApi } from '../../api/context';
import { PermitTag } from '../staff/PermitTag';

/** The institution's staff with each one's 上岗证 standing (revoked ones show their reason). */
export function InstitutionStaffCard({ institutionId }: { institutionId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const staff = useQuery(
    orpc.staff.list.queryOptions({ input: { employerInstitutionId: institutionId, pageSize: 200 } }),
  );
  return (
    <Card title={t('staff.institutionStaff')}>
      <Table<StaffListItem>
        rowKey="id"
        size="small"
        loading={staff.isPending}
        dataSource={staff.data?.data}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('staff.fields.name'),
            dataIndex: 'name',
            render: (n: string, s) => <Link to={`/staff/${s.id}`}>{n}</Link>,
          },
          {
            title: t('staff.fields.post'),
            dataIndex: 'post',
            render: (p: StaffListItem['post']) => t(`staff.post.${p}`),
          },
          {
            title: t('staff.fields.permit'),
            dataIndex: 'permit',
            render: (p: StaffListItem['permit']) => <PermitTag permit={p} />,
          },
          {
            title: t('staff.fields.leaveDate'),
            dataIndex: 'leaveDate',
            render: (d: string | null) => d ?? t('common.none'),
          },
        ]}
      />
    </Card>
  );
}
