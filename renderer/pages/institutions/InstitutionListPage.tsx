import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CARE_MODES, INSTITUTION_STATUSES, OWNERSHIPS } from '#domain/institution/enums';
import type { Institution, InstitutionListInput } from '#server/contract';
import { useApi } from '../../api/context';
import { PrintPreview } from '../../components/PrintPreview';
import { useStreets } from '../../components/use-divisions';
import { tableChange, useUrlQuery } from '../../components/use-url-query';

type SortField = NonNullable<InstitutionListInput['sortField']>;
const SORTABLE: SortField[] = ['name', 'beds', 'dayPlaces', 'updatedAt', 'street'];

function useListParams() {
  return useUrlQuery<InstitutionListInput>(({ str, num }) => ({
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 20,
    keyword: str('q'),
    streetId: num('street'),
    mode: str('mode') as InstitutionListInput['mode'],
    ownership: str('ownership') as InstitutionListInput['ownership'],
    status: str('status') as InstitutionListInput['status'],
    includeArchived: str('archived') === '1',
    sortField: (str('sort') as SortField | undefined) ?? 'updatedAt',
    sortOrder: str('order') === 'ascend' ? 'ascend' : 'descend',
  }));
}

export function InstitutionListPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const navigate = useNavigate();
  const { streets } = useStreets();
  const { query, update, clear } = useListParams();
  const list = useQuery({
    ...orpc.institutions.list.queryOptions({ input: query }),
    placeholderData: keepPreviousData,
  });
  const [printing, setPrinting] = useState(false);

  const sortOrderOf = (f: SortField) => (query.sortField === f ? query.sortOrder : null);
  const columns: TableProps<Institution>['columns'] = [
    {
      title: t('institution.fields.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (name: string, r) => (
        <Space>
          <Link to={`/institutions/${r.id}`}>{name}</Link>
          {r.archived ? <Tag>{t('common.archived')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('institution.fields.creditCode'),
      dataIndex: 'creditCode',
      width: 190,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('institution.fields.streetId'),
      dataIndex: 'streetName',
      key: 'street',
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf('street'),
    },
    {
      title: t('institution.fields.ownership'),
      dataIndex: 'ownership',
      width: 110,
      render: (v: Institution['ownership']) => t(`institution.ownership.${v}`),
    },
    {
      title: t('institution.fields.modes'),
      dataIndex: 'modes',
      width: 180,
      render: (modes: Institution['modes']) => modes.map((m) => <Tag key={m}>{t(`institution.modes.${m}`)}</Tag>),
    },
    {
      title: t('institution.fields.beds'),
      dataIndex: 'beds',
      align: 'right',
      width: 90,
      sorter: true,
      sortOrder: sortOrderOf('beds'),
    },
    {
      title: t('institution.fields.dayPlaces'),
      dataIndex: 'dayPlaces',
      key: 'dayPlaces',
      align: 'right',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf('dayPlaces'),
    },
    { title: t('institution.fields.personInCharge'), dataIndex: 'personInCharge', width: 100 },
    {
      title: t('institution.fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (v: Institution['status']) => (
        <Tag color={v === 'operating' ? 'green' : v === 'suspended' ? 'orange' : 'default'}>
          {t(`institution.status.${v}`)}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'end',
      render: (_: unknown, r) => <Link to={`/institutions/${r.id}/edit`}>{t('common.edit')}</Link>,
    },
  ];

  const onTableChange: TableProps<Institution>['onChange'] = (pagination, _filters, sorter) => {
    const { patch, sortChanged } = tableChange(SORTABLE, query, pagination, sorter);
    update(patch, sortChanged);
  };

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('institution.listTitle')}
        </Typography.Title>
      }
      extra={
        <Space>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('print.printRoster')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/institutions/new')}>
            {t('common.create')}
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          key={query.keyword ?? ''}
          allowClear
          defaultValue={query.keyword}
          placeholder={t('institution.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ width: 360 }}
          onSearch={(v) => update({ q: v.trim() })}
          aria-label={t('institution.searchPlaceholder')}
        />
        <Select
          allowClear
          placeholder={t('institution.fields.streetId')}
          style={{ width: 160 }}
          value={query.streetId}
          options={streets.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v: number | undefined) => update({ street: v })}
        />
        <Select
          allowClear
          placeholder={t('institution.fields.modes')}
          style={{ width: 150 }}
          value={query.mode}
          options={CARE_MODES.map((m) => ({ value: m, label: t(`institution.modes.${m}`) }))}
          onChange={(v) => update({ mode: v })}
        />
        <Select
          allowClear
          placeholder={t('institution.fields.ownership')}
          style={{ width: 130 }}
          value={query.ownership}
          options={OWNERSHIPS.map((o) => ({ value: o, label: t(`institution.ownership.${o}`) }))}
          onChange={(v) => update({ ownership: v })}
        />
        <Select
          allowClear
          placeholder={t('institution.fields.status')}
          style={{ width: 120 }}
          value={query.status}
          options={INSTITUTION_STATUSES.map((s) => ({ value: s, label: t(`institution.status.${s}`) }))}
          onChange={(v) => update({ status: v })}
        />
        <Checkbox
          checked={query.includeArchived}
          onChange={(e) => update({ archived: e.target.checked ? 1 : undefined })}
        >
          {t('common.includeArchived')}
        </Checkbox>
        <Button onClick={clear}>{t('common.reset')}</Button>
      </Flex>
      <Table<Institution>
        rowKey="id"
        size="middle"
        scroll={{ x: 1250 }}
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.data}
        onChange={onTableChange}
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
            key: 'roster.institutions',
            params: { streetId: query.streetId, mode: query.mode, status: query.status },
          }}
          onClose={() => setPrinting(false)}
        />
      ) : null}
    </Card>
  );
}
