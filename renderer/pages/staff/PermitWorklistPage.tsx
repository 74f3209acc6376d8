import { useQuery } from '@tanstack/react-query';
import { Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PermitWorkItem } from '#server/contract';
import { useApi } from '../../api/context';
import { useUrlQuery } from '../../components/use-url-query';
import { useEmployerOptions } from './use-employers';

const COLORS = { noPermit: 'red', expired: 'red', revoked: 'red', suspended: 'orange', expiring: 'gold' } as const;

/** 持证上岗 worklist: who works without a valid permit, and whose permit lapses soon. */
export function PermitWorklistPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const employers = useEmployerOptions();
  const { query, update } = useUrlQuery(({ num }) => ({
    days: num('days') ?? 30,
    employerInstitutionId: num('employer'),
  }));
  const list = useQuery(orpc.staff.permitWorklist.queryOptions({ input: query }));
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('permit.worklistTitle')}
        </Typography.Title>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text>{t('permit.days')}</Typography.Text>
        <InputNumber
          min={0}
          max={3650}
          value={query.days}
          onChange={(v) => update({ days: v ?? 30 })}
          aria-label={t('permit.days')}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('staff.fields.employerInstitutionId')}
          style={{ width: 280 }}
          value={query.employerInstitutionId}
          options={employers}
          onChange={(v: number | undefined) => update({ employer: v })}
        />
      </Space>
      <Table<PermitWorkItem>
        rowKey={(r) => r.staff.id}
        size="middle"
        loading={list.isFetching}
        dataSource={list.data}
        locale={{ emptyText: t('permit.worklistEmpty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          {
            title: t('staff.fields.name'),
            key: 'name',
            render: (_: unknown, r) => <Link to={`/staff/${r.staff.id}`}>{r.staff.name}</Link>,
          },
          {
            title: t('staff.fields.employerInstitutionId'),
            key: 'employer',
            render: (_: unknown, r) => r.staff.employerName ?? t('staff.officePost'),
          },
          { title: t('staff.fields.post'), key: 'post', render: (_: unknown, r) => t(`staff.post.${r.staff.post}`) },
          {
            title: t('permit.fields.number'),
            key: 'number',
            render: (_: unknown, r) => r.staff.permit?.number ?? t('common.none'),
          },
          {
            title: t('permit.fields.validUntil'),
            key: 'validUntil',
            render: (_: unknown, r) => r.staff.permit?.validUntil ?? t('common.none'),
          },
          {
            title: t('review.findings'),
            key: 'reason',
            render: (_: unknown, r) => (
              <Tag color={COLORS[r.reason]}>
                {t(`permit.reasons.${r.reason}`)}
                {r.staff.permit?.statusReason && r.reason !== 'expiring' && r.reason !== 'expired'
                  ? `：${r.staff.permit.statusReason}`
                  : ''}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
