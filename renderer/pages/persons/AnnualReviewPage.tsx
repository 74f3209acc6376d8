import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn } from '#domain/dates';
import type { ReviewRow } from '#server/contract';
import { useApi } from '../../api/context';
import { categoryLabel } from '../../components/labels';
import { useUrlQuery } from '../../components/use-url-query';

/** 年审 for a chosen reference date; acting on a row happens on the person's page (exit, edit). */
export function AnnualReviewPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { query, update } = useUrlQuery(({ str, num }) => ({
    refDate: str('date') ?? dayjs().format('YYYY-MM-DD'),
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 50,
  }));
  const review = useQuery(orpc.persons.annualReview.queryOptions({ input: query }));
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('review.title')}
        </Typography.Title>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>{t('review.refDate')}</Typography.Text>
        <DatePicker
          allowClear={false}
          value={dayjs(query.refDate)}
          onChange={(d) => d && update({ date: d.format('YYYY-MM-DD') })}
          aria-label={t('review.refDate')}
        />
        <Button onClick={() => void review.refetch()}>{t('review.run')}</Button>
      </Space>
      <Table<ReviewRow>
        rowKey={(r) => r.person.id}
        size="middle"
        loading={review.isFetching}
        dataSource={review.data?.data}
        locale={{ emptyText: t('review.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: review.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(p) => update({ page: p.current, pageSize: p.pageSize }, false)}
        columns={[
          {
            title: t('person.fields.name'),
            key: 'name',
            render: (_: unknown, r) => <Link to={`/persons/${r.person.id}`}>{r.person.name}</Link>,
          },
          { title: t('person.fields.residentId'), key: 'id', render: (_: unknown, r) => r.person.residentIdMasked },
          {
            title: t('person.fields.birthDate'),
            key: 'birth',
            render: (_: unknown, r) =>
              `${r.person.birthDate}（${t('person.age', { age: ageOn(r.person.birthDate, query.refDate) })}）`,
          },
          {
            title: t('person.fields.category'),
            key: 'category',
            render: (_: unknown, r) => categoryLabel(r.person.category),
          },
          {
            title: t('person.fields.enrolment'),
            key: 'enrolment',
            render: (_: unknown, r) =>
              r.person.enrolment
                ? `${t(`institution.modes.${r.person.enrolment.mode}`)}${r.person.enrolment.institutionName ? ` · ${r.person.enrolment.institutionName}` : ''}`
                : t('person.notEnrolled'),
          },
          {
            title: t('review.findings'),
            key: 'findings',
            render: (_: unknown, r) =>
              r.findings.map((f) => (
                <Tag color="orange" key={f}>
                  {t(`review.finding.${f}`)}
                </Tag>
              )),
          },
        ]}
      />
    </Card>
  );
}
