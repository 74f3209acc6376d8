import {
  AlertOutlined,
  BarChartOutlined,
  PlusOutlined,
  PrinterOutlined,
  ReadOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { STAFF_POSTS } from '#domain/staff/enums';
import type { StaffListInput, StaffListItem } from '#server/contract';
import { useApi } from '../../api/context';
import { MaskedId } from '../../components/MaskedId';
import { PrintPreview } from '../../components/PrintPreview';
import { useUrlQuery } from '../../components/use-url-query';
import { useEmployerOptions } from './use-employers';
import { PermitTag } from './PermitTag';

export function StaffListPage() {
  const { t } = useTranslation();
  const { orpc, client } = useApi();
  const navigate = useNavigate();
  const employers = useEmployerOptions();
  const { query, update, clear } = useUrlQuery<StaffListInput>(({ str, num }) => ({
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 20,
    keyword: str('q'),
    employerInstitutionId: num('employer'),
    post: str('post') as StaffListInput['post'],
    includeArchived: str('archived') === '1',
  }));
  const list = useQuery({ ...orpc.staff.list.queryOptions({ input: query }), placeholderData: keepPreviousData });
  const [printing, setPrinting] = useState(false);

  const columns: TableProps<StaffListItem>['columns'] = [
    {
      title: t('staff.fields.name'),
      dataIndex: 'name',
      width: 120,
      render: (name: string, s) => (
        <Space size={4}>
          <Link to={`/staff/${s.id}`}>{name}</Link>
          {s.archived ? <Tag>{t('common.archived')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('staff.fields.sex'),
      dataIndex: 'sex',
      width: 60,
      render: (v: StaffListItem['sex']) => t(`person.sex.${v}`),
    },
    {
      title: t('staff.fields.residentId'),
      dataIndex: 'residentIdMasked',
      width: 230,
      render: (m: string, s) => (
        <MaskedId masked={m} reveal={() => client.staff.reveal({ id: s.id }).then((r) => r.residentId)} />
      ),
    },
    {
      title: t('staff.fields.employerInstitutionId'),
      dataIndex: 'employerName',
      render: (n: string | null) => n ?? t('staff.officePost'),
    },
    {
      title: t('staff.fields.post'),
      dataIndex: 'post',
      width: 100,
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
      width: 110,
      render: (d: string | null) => d ?? t('common.none'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      render: (_: unknown, s) => <Link to={`/staff/${s.id}/edit`}>{t('common.edit')}</Link>,
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('staff.listTitle')}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('print.printRoster')}
          </Button>
          <Button icon={<AlertOutlined />} onClick={() => navigate('/staff/permits')}>
            {t('staff.worklist')}
          </Button>
          <Button icon={<ReadOutlined />} onClick={() => navigate('/staff/training-session')}>
            {t('staff.batchTraining')}
          </Button>
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/staff/staffing')}>
            {t('staff.staffing')}
          </Button>
          <Button icon={<TeamOutlined />} onClick={() => navigate('/volunteers')}>
            {t('staff.volunteers')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/staff/new')}>
            {t('staff.createTitle')}
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          key={query.keyword ?? ''}
          allowClear
          defaultValue={query.keyword}
          placeholder={t('staff.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ width: 380 }}
          onSearch={(v) => update({ q: v.trim() })}
          aria-label={t('staff.searchPlaceholder')}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('staff.fields.employerInstitutionId')}
          style={{ width: 260 }}
          value={query.employerInstitutionId}
          options={employers}
          onChange={(v: number | undefined) => update({ employer: v })}
        />
        <Select
          allowClear
          placeholder={t('staff.fields.post')}
          style={{ width: 130 }}
          value={query.post}
          options={STAFF_POSTS.map((p) => ({ value: p, label: t(`staff.post.${p}`) }))}
          onChange={(v) => update({ post: v })}
        />
        <Checkbox
          checked={query.includeArchived}
          onChange={(e) => update({ archived: e.target.checked ? 1 : undefined })}
        >
          {t('common.includeArchived')}
        </Checkbox>
        <Button onClick={clear}>{t('common.reset')}</Button>
      </Flex>
      <Table<StaffListItem>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.data}
        onChange={(p) => update({ page: p.current, pageSize: p.pageSize }, false)}
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
            key: 'roster.staff',
            params: { employerInstitutionId: query.employerInstitutionId, post: query.post },
          }}
          onClose={() => setPrinting(false)}
        />
      ) : null}
    </Card>
  );
}
