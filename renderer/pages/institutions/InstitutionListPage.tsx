import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CARE_MODES, INSTITUTION_STATUSES, OWNERSHIPS } from '../../../domain/institution/enums';
import type { Institution, InstitutionListInput } from '../../../server/contract';
import { useApi } from '../../api/context';
import { useStreets } from '../../components/use-divisions';

type SortField = NonNullable<InstitutionListInput['sortField']>;
const SORTABLE: SortField[] = ['name', 'beds', 'dayPlaces', 'updatedAt', 'street'];

/** Filters live in the URL so Back returns the clerk to the same page of the same search. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  const query: InstitutionListInput = {
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 20,
    keyword: params.get('q') ?? undefined,
    streetId: num('street'),
    mode: (params.get('mode') as InstitutionListInput['mode']) ?? undefined,
    ownership: (params.get('ownership') as InstitutionListInput['ownership']) ?? undefined,
    status: (params.get('status') as InstitutionListInput['status']) ?? undefined,
    includeArchived: params.get('archived') === '1',
    sortField: (params.get('sort') as SortField) ?? 'updatedAt',
    sortOrder: params.get('order') === 'ascend' ? 'ascend' : 'descend',
  };
  const update = (patch: Record<string, string | number | undefined | null>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage) next.delete('page');
    setParams(next, { replace: true });
  };
  return { query, update, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}

export function InstitutionListPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const navigate = useNavigate();
  const { streets } = useStreets();
  const { query, update, clear } = useListParams();
  const list = useQuery({ ...orpc.institutions.list.queryOptions({ input: query }), placeholderData: keepPreviousData });

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
    { title: t('institution.fields.creditCode'), dataIndex: 'creditCode', width: 200, render: (v: string | null) => v ?? t('common.none') },
    { title: t('institution.fields.streetId'), dataIndex: 'streetName', key: 'street', width: 110, sorter: true, sortOrder: sortOrderOf('street') },
    { title: t('institution.fields.ownership'), dataIndex: 'ownership', width: 100, render: (v: Institution['ownership']) => t(`institution.ownership.${v}`) },
    {
      title: t('institution.fields.modes'),
      dataIndex: 'modes',
      width: 200,
      render: (modes: Institution['modes']) => modes.map((m) => <Tag key={m}>{t(`institution.modes.${m}`)}</Tag>),
    },
    { title: t('institution.fields.beds'), dataIndex: 'beds', align: 'right', width: 100, sorter: true, sortOrder: sortOrderOf('beds') },
    { title: t('institution.fields.dayPlaces'), dataIndex: 'dayPlaces', key: 'dayPlaces', align: 'right', width: 140, sorter: true, sortOrder: sortOrderOf('dayPlaces') },
    { title: t('institution.fields.personInCharge'), dataIndex: 'personInCharge', width: 100 },
    {
      title: t('institution.fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (v: Institution['status']) => <Tag color={v === 'operating' ? 'green' : v === 'suspended' ? 'orange' : 'default'}>{t(`institution.status.${v}`)}</Tag>,
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
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = (s?.columnKey ?? s?.field) as SortField | undefined;
    const sortChanged = field !== query.sortField || (s?.order ?? null) !== query.sortOrder;
    update(
      {
        page: pagination.current,
        pageSize: pagination.pageSize,
        sort: s?.order && field && SORTABLE.includes(field) ? field : undefined,
        order: s?.order ?? undefined,
      },
      sortChanged && Boolean(s?.order),
    );
  };

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('institution.listTitle')}</Typography.Title>}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/institutions/new')}>{t('common.create')}</Button>}
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
        <Checkbox checked={query.includeArchived} onChange={(e) => update({ archived: e.target.checked ? 1 : undefined })}>
          {t('common.includeArchived')}
        </Checkbox>
        <Button onClick={clear}>{t('common.reset')}</Button>
      </Flex>
      <Table<Institution>
        rowKey="id"
        size="middle"
        scroll={{ x: 1500 }}
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
    </Card>
  );
}
