import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOLUNTEER_BACKGROUNDS, type VolunteerBackground } from '#domain/staff/enums';
import { personName } from '#domain/zod-helpers';
import type { Volunteer } from '#server/contract';
import { useApi } from '../../api/context';
import { applyFieldErrors, errorText, fieldErrorsOf } from '../../api/errors';
import { useUrlQuery } from '../../components/use-url-query';
import { zodFieldRule } from '../../components/zod-rule';

interface Values {
  name: string;
  phone?: string;
  backgrounds: VolunteerBackground[];
  organisation?: string;
  hoursServed?: number;
  institutionIds: number[];
  personIds: number[];
  remarks?: string;
}

/** 志愿者 with professional backgrounds, linked to the institutions and recipients they support. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Volunteer | 'new' | null>(null);
  const [personSearch, setPersonSearch] = useState('');
  const [form] = Form.useForm<Values>();
  const { query, update } = useUrlQuery(({ str, num }) => ({
    page: num('page') ?? 1,
    pageSize: 20,
    keyword: str('q'),
  }));
  const list = useQuery({ ...orpc.volunteers.list.queryOptions({ input: query }), placeholderData: keepPreviousData });
  const institutions = useQuery(
    orpc.institutions.list.queryOptions({ input: { pageSize: 200, sortField: 'name', sortOrder: 'ascend' } }),
  );
  const persons = useQuery({
    ...orpc.persons.list.queryOptions({
      input: { keyword: personSearch, pageSize: 20, enrolled: 'yes', mode: 'homeCare' },
    }),
    enabled: personSearch.length > 0,
  });
  // Errors for no field on the form (a stale version…) would otherwise leave the dialog open without a word.
  const onError = (e: unknown) => {
    const rest = applyFieldErrors(form, fieldErrorsOf(e));
    if (rest.length || !fieldErrorsOf(e).length) message.error(errorText(e));
  };
  const done = {
    onSuccess: async () => {
      setEditing(null);
      await queryClient.invalidateQueries();
    },
    onError,
  };
  const create = useMutation(orpc.volunteers.create.mutationOptions(done));
  const save = useMutation(orpc.volunteers.update.mutationOptions(done));

  const open = (v: Volunteer | 'new') => {
    form.resetFields();
    if (v !== 'new')
      form.setFieldsValue({
        ...v,
        phone: v.phone ?? undefined,
        organisation: v.organisation ?? undefined,
        remarks: v.remarks ?? undefined,
        institutionIds: v.institutions.map((i) => i.id),
        personIds: v.persons.map((p) => p.id),
      });
    setEditing(v);
  };
  const submit = (v: Values) => {
    const input = {
      ...v,
      phone: v.phone ?? null,
      organisation: v.organisation ?? null,
      remarks: v.remarks ?? null,
      hoursServed: v.hoursServed ?? 0,
    };
    if (editing && editing !== 'new') save.mutate({ ...input, id: editing.id, version: editing.version });
    else create.mutate(input);
  };
  const knownPersons = editing && editing !== 'new' ? editing.persons.map((p) => ({ value: p.id, label: p.name })) : [];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('volunteer.title')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('volunteer.create')}
        </Button>
      }
    >
      <Input.Search
        allowClear
        defaultValue={query.keyword}
        enterButton={t('common.search')}
        style={{ width: 320, marginBottom: 16 }}
        onSearch={(v) => update({ q: v.trim() })}
      />
      <Table<Volunteer>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.data}
        onChange={(p) => update({ page: p.current }, false)}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            title: t('volunteer.fields.name'),
            dataIndex: 'name',
            render: (n: string, v) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => open(v)}>
                {n}
              </Button>
            ),
          },
          {
            title: t('volunteer.fields.phone'),
            dataIndex: 'phoneMasked',
            render: (p: string | null) => p ?? t('common.none'),
          },
          {
            title: t('volunteer.fields.backgrounds'),
            dataIndex: 'backgrounds',
            render: (b: VolunteerBackground[]) => b.map((x) => t(`volunteer.background.${x}`)).join('、'),
          },
          {
            title: t('volunteer.fields.organisation'),
            dataIndex: 'organisation',
            render: (o: string | null) => o ?? t('common.none'),
          },
          { title: t('volunteer.fields.hoursServed'), dataIndex: 'hoursServed', align: 'right' },
          {
            title: t('volunteer.fields.institutionIds'),
            key: 'inst',
            render: (_: unknown, v) => v.institutions.map((i) => i.name).join('、') || t('common.none'),
          },
          {
            title: t('volunteer.fields.personIds'),
            key: 'persons',
            render: (_: unknown, v) => v.persons.map((p) => p.name).join('、') || t('common.none'),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        width={640}
        title={editing === 'new' ? t('volunteer.create') : t('volunteer.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending || save.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ backgrounds: [], institutionIds: [], personIds: [], hoursServed: 0 }}
          onFinish={submit}
        >
          <Form.Item name="name" label={t('volunteer.fields.name')} rules={[zodFieldRule(personName)]} required>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="phone" label={t('volunteer.fields.phone')}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="backgrounds" label={t('volunteer.fields.backgrounds')} required>
            <Checkbox.Group
              options={VOLUNTEER_BACKGROUNDS.map((b) => ({ value: b, label: t(`volunteer.background.${b}`) }))}
            />
          </Form.Item>
          <Form.Item name="organisation" label={t('volunteer.fields.organisation')}>
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="hoursServed" label={t('volunteer.fields.hoursServed')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="institutionIds" label={t('volunteer.fields.institutionIds')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={(institutions.data?.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
            />
          </Form.Item>
          <Form.Item name="personIds" label={t('volunteer.fields.personIds')}>
            <Select
              mode="multiple"
              showSearch={{ filterOption: false, onSearch: setPersonSearch }}
              options={[
                ...knownPersons,
                ...(persons.data?.data ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.name}（${p.residentIdMasked}）`,
                })),
              ]}
            />
          </Form.Item>
          <Form.Item name="remarks" label={t('volunteer.fields.remarks')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
