import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Occupancy, Recipient } from '#server/contract';
import { useApi } from '../../api/context';

/** 在托人员 and 入住率, derived from open enrolments, never typed in. */
export function RecipientsCard({ institutionId }: { institutionId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const data = useQuery(orpc.institutions.recipients.queryOptions({ input: { id: institutionId } }));
  const show = (o: Occupancy | undefined) =>
    !o
      ? ''
      : o.rate === null
        ? t('enrolment.occupancyNone', { used: o.used })
        : t('enrolment.occupancyValue', { used: o.used, capacity: o.capacity, rate: `${o.rate}%` });
  return (
    <Card title={t('enrolment.recipients')} loading={data.isPending}>
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={`${t('enrolment.occupancy')}（${t('institution.modes.residential')}）`}>
          {show(data.data?.residential)}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('enrolment.occupancy')}（${t('institution.modes.dayCare')}）`}>
          {show(data.data?.dayCare)}
        </Descriptions.Item>
      </Descriptions>
      <Table<Recipient>
        rowKey="enrolmentId"
        size="small"
        dataSource={data.data?.recipients}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('person.fields.name'),
            dataIndex: 'name',
            render: (n: string, r) => <Link to={`/persons/${r.personId}`}>{n}</Link>,
          },
          { title: t('person.fields.sex'), dataIndex: 'sex', render: (s: Recipient['sex']) => t(`person.sex.${s}`) },
          { title: t('person.fields.residentId'), dataIndex: 'residentIdMasked' },
          {
            title: t('enrolment.fields.mode'),
            dataIndex: 'mode',
            render: (m: Recipient['mode']) => t(`institution.modes.${m}`),
          },
          { title: t('enrolment.fields.startDate'), dataIndex: 'startDate' },
        ]}
      />
    </Card>
  );
}
