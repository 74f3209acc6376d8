import { PlusOutlined, PrinterOutlined, ScheduleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ageOn } from '#domain/dates';
import { CARE_MODES } from '#domain/institution/enums';
import { PERSON_STATUSES } from '#domain/person/enums';
import type { PersonListInput, PersonListItem } from '#server/contract';
import { useApi } from '../../api/context';
import { categoryLabel, categoryOptions, levelLabel, levelOptions } from '../../components/labels';
import { PrintPreview } from '../../components/PrintPreview';
import { useStreets } from '../../components/use-divisions';
import { tableChange, useUrlQuery } from '../../components/use-url-query';
import { MaskedId } from '../../components/MaskedId';

type SortField = NonNullable<PersonListInput['sortField']>;
const SORTABLE: SortField[] = ['id', 'name', 'birthDate', 'updatedAt'];

export function PersonListPage() {
  const { t } = useTranslation();
  const { orpc, client } = useApi();
  const navigate = useNavigate();
  const { streets } = useStreets();
  const { query, update, clear } = useUrlQuery<PersonListInput>(({ str, num }) => ({
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 20,
    keyword: str('q'),
    streetId: num('street'),
    communityId: num('community'),
    category: str('category'),
    level: num('level'),
    status: str('status') as PersonListInput['status'],
    mode: str('mode') as PersonListInput['mode'],
    enrolled: str('enrolled') as PersonListInput['enrolled'],
    ageMin: num('ageMin'),
    ageMax: num('ageMax'),
    includeArchived: str('archived') === '1',
    sortField: (str('sort') as SortField | undefined) ?? 'id',
    sortOrder: str('order') === 'ascend' ? 'ascend' : 'descend',
  }));
  const list = useQuery({ ...orpc.persons.list.queryOptions({ input: query }), placeholderData: keepPreviousData });
  const [printing, setPrinting] = useState(false);
  const communities = streets.find((s) => s.id === query.streetId)?.children ?? [];
  const today = dayjs().format('YYYY-MM-DD');
  const sortOrderOf = (f: SortField) => (query.sortField === f ? query.sortOrder : null);

  const columns: TableProps<PersonListItem>['columns'] = [
    {
      title: t('person.fields.name'),
      dataIndex: 'name',
      key: 'name',
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (name: string, p) => (
        <Space size={4}>
          <Link to={`/persons/${p.id}`}>{name}</Link>
          {p.archived ? <Tag>{t('common.archived')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('person.fields.sex'),
      dataIndex: 'sex',
      width: 60,
      render: (s: PersonListItem['sex']) => t(`person.sex.${s}`),
    },
    {
      title: t('person.fields.age'),
      dataIndex: 'birthDate',
      key: 'birthDate',
      width: 80,
      sorter: true,
      sortOrder: sortOrderOf('birthDate'),
      render: (b: string) => t('person.age', { age: ageOn(b, today) }),
    },
    {
      title: t('person.fields.residentId'),
      dataIndex: 'residentIdMasked',
      width: 230,
      render: (m: string, p) => (
        <MaskedId
          masked={m}
          testId={`id-${p.id}`}
          reveal={() => client.persons.reveal({ id: p.id }).then((r) => r.residentId)}
        />
      ),
    },
    {
      title: t('person.fields.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string, p) => `${categoryLabel(c)} ${levelLabel(p.level)}`,
    },
    {
      title: t('person.fields.residenceStreetId'),
      dataIndex: 'residenceStreetName',
      width: 170,
      render: (s: string, p) => (p.residenceCommunityName ? `${s} / ${p.residenceCommunityName}` : s),
    },
    {
      title: t('person.fields.enrolment'),
      dataIndex: 'enrolment',
      render: (e: PersonListItem['enrolment']) =>
        e ? (
          <Tag color="green">
            {t(`institution.modes.${e.mode}`)}
            {e.institutionName ? ` · ${e.institutionName}` : ''}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('person.notEnrolled')}</Typography.Text>
        ),
    },
    {
      title: t('person.fields.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: PersonListItem['status']) => (
        <Tag color={s === 'active' ? 'blue' : 'default'}>{t(`person.status.${s}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      fixed: 'end',
      render: (_: unknown, p) => <Link to={`/persons/${p.id}/edit`}>{t('common.edit')}</Link>,
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('person.listTitle')}
        </Typography.Title>
      }
      extra={
        <Space>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('print.printRoster')}
          </Button>
          <Button icon={<ScheduleOutlined />} onClick={() => navigate('/persons/review')}>
            {t('person.review')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/persons/new')}>
            {t('person.createTitle')}
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          key={query.keyword ?? ''}
          allowClear
          autoFocus
          defaultValue={query.keyword}
          placeholder={t('person.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ width: 480 }}
          onSearch={(v) => update({ q: v.trim() })}
          aria-label={t('person.searchPlaceholder')}
        />
        <Select
          allowClear
          placeholder={t('person.fields.residenceStreetId')}
          style={{ width: 150 }}
          value={query.streetId}
          options={streets.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v: number | undefined) => update({ street: v, community: undefined })}
        />
        <Select
          allowClear
          placeholder={t('person.fields.residenceCommunityId')}
          style={{ width: 150 }}
          value={query.communityId}
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v: number | undefined) => update({ community: v })}
        />
        <Select
          allowClear
          placeholder={t('person.fields.category')}
          style={{ width: 120 }}
          value={query.category}
          options={categoryOptions()}
          onChange={(v) => update({ category: v })}
        />
        <Select
          allowClear
          placeholder={t('person.fields.level')}
          style={{ width: 100 }}
          value={query.level}
          options={levelOptions()}
          onChange={(v) => update({ level: v })}
        />
        <Select
          allowClear
          placeholder={t('enrolment.fields.mode')}
          style={{ width: 130 }}
          value={query.mode}
          options={CARE_MODES.map((m) => ({ value: m, label: t(`institution.modes.${m}`) }))}
          onChange={(v) => update({ mode: v })}
        />
        <Select
          allowClear
          placeholder={t('person.filters.enrolled')}
          style={{ width: 110 }}
          value={query.enrolled}
          options={[
            { value: 'yes', label: t('person.filters.enrolledYes') },
            { value: 'no', label: t('person.filters.enrolledNo') },
          ]}
          onChange={(v) => update({ enrolled: v })}
        />
        <Select
          allowClear
          placeholder={t('person.fields.status')}
          style={{ width: 110 }}
          value={query.status}
          options={PERSON_STATUSES.map((s) => ({ value: s, label: t(`person.status.${s}`) }))}
          onChange={(v) => update({ status: v })}
        />
        <Space.Compact>
          <InputNumber
            min={0}
            max={150}
            placeholder={t('person.filters.ageMin')}
            value={query.ageMin}
            onChange={(v) => update({ ageMin: v })}
            style={{ width: 100 }}
          />
          <InputNumber
            min={0}
            max={150}
            placeholder={t('person.filters.ageMax')}
            value={query.ageMax}
            onChange={(v) => update({ ageMax: v })}
            style={{ width: 100 }}
          />
        </Space.Compact>
        <Checkbox
          checked={query.includeArchived}
          onChange={(e) => update({ archived: e.target.checked ? 1 : undefined })}
        >
          {t('common.includeArchived')}
        </Checkbox>
        <Button onClick={clear}>{t('common.reset')}</Button>
      </Flex>
      <Table<PersonListItem>
        rowKey="id"
        size="middle"
        scroll={{ x: 1300 }}
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.data}
        onChange={(pagination, _f, sorter) => {
          const { patch, sortChanged } = tableChange(SORTABLE, query, pagination, sorter);
          update(patch, sortChanged);
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      {printing ? (
        <PrintPreview
          request={{
            key: 'roster.persons',
            params: { streetId: query.streetId, mode: query.mode, status: query.status, enrolled: query.enrolled },
          }}
          onClose={() => setPrinting(false)}
        />
      ) : null}
    </Card>
  );
}
