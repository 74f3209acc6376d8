import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { parseDisabilityCert } from '#domain/identity/disability-cert';
import { ECONOMIC_STATUSES, PERSON_STATUSES } from '#domain/person/enums';
import { personCreateInput } from '#domain/person/schema';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf, ruleText } from '../../api/errors';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { enterMovesOn } from '../../components/enter-moves-on';
import { categoryLabel, categoryOptions, levelLabel, levelOptions } from '../../components/labels';
import { useStreets } from '../../components/use-divisions';
import { issuesToFields } from '../../components/zod-rule';
import { GuardianFields } from './GuardianFields';
import { IdentityHints } from './IdentityHints';
import {
  certRule,
  type PersonFieldName,
  type PersonFormValues,
  personRule,
  toPersonFormValues,
  toPersonInput,
} from './person-form-values';

const DEFAULTS: Partial<PersonFormValues> = { economicStatus: 'other', status: 'active', guardians: [] };

export function PersonFormPage() {
  const { t } = useTranslation();
  const params = useParams();
  const editingId = params.id ? Number(params.id) : null;
  const { orpc } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const [certNote, setCertNote] = useState<string | null>(null);
  const { streets } = useStreets();
  const residentId = Form.useWatch('residentId', form);
  const residenceStreetId = Form.useWatch('residenceStreetId', form);
  const hukouStreetId = Form.useWatch('hukouStreetId', form);
  const communitiesOf = (streetId: number | null | undefined) =>
    (streets.find((s) => s.id === streetId)?.children ?? []).map((c) => ({ value: c.id, label: c.name }));
  const streetOptions = streets.map((s) => ({ value: s.id, label: s.name }));

  const existing = useQuery({
    ...orpc.persons.getForEdit.queryOptions({ input: { id: editingId ?? 0 } }),
    enabled: editingId !== null,
    staleTime: Infinity,
  });
  useEffect(() => {
    if (existing.data) form.setFieldsValue(toPersonFormValues(existing.data));
  }, [existing.data, form]);

  const onError = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    const rest = applyFieldErrors(form, fields);
    if (fields.some((f) => f.code === 'institution.version.stale')) setBanner(t('institution.staleHint'));
    else if (rest.length || !fields.length)
      setBanner(
        rest.length
          ? rest.map((f) => ruleText(f.code, f.params, f.message)).join('；')
          : String((error as Error).message),
      );
  };
  const onSuccess = async (saved: { id: number }) => {
    await queryClient.invalidateQueries();
    message.success(t('common.saved'));
    navigate(`/persons/${saved.id}`);
  };
  const create = useMutation(orpc.persons.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(orpc.persons.update.mutationOptions({ onSuccess, onError }));

  /** The certificate number carries category and level: fill them so they cannot disagree. */
  const onCertChange = (value: string) => {
    const r = parseDisabilityCert(value, typeof residentId === 'string' && residentId ? residentId : undefined);
    if (!r.ok) return setCertNote(null);
    form.setFieldsValue({ category: r.value.category, level: r.value.level });
    void form.validateFields(['category', 'level']).catch(() => undefined);
    setCertNote(
      t('person.certFilled', { category: categoryLabel(r.value.category), level: levelLabel(r.value.level) }),
    );
  };

  const submit = () => {
    setBanner(null);
    const input = toPersonInput(form.getFieldsValue(true) as PersonFormValues);
    const parsed = personCreateInput.safeParse(input);
    if (!parsed.success) {
      form.setFields(issuesToFields(parsed.error.issues));
      return;
    }
    if (editingId !== null && existing.data) update.mutate({ ...input, id: editingId, version: existing.data.version });
    else create.mutate(input);
  };

  if (editingId !== null && existing.isPending) return <Spin />;
  const item = (
    name: PersonFieldName,
    control: ReactNode,
    opts: {
      required?: boolean;
      span?: number;
      extra?: ReactNode;
      rules?: Parameters<typeof Form.Item>[0]['rules'];
    } = {},
  ) => (
    <Col span={opts.span ?? 8}>
      <Form.Item
        name={name}
        label={t(`person.fields.${name}`)}
        rules={opts.rules ?? [personRule(name)]}
        required={opts.required}
        extra={opts.extra}
        validateFirst
      >
        {control}
      </Form.Item>
    </Col>
  );

  return (
    <Form<PersonFormValues>
      form={form}
      layout="vertical"
      initialValues={DEFAULTS}
      onFinish={submit}
      scrollToFirstError
      onKeyDown={enterMovesOn}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Space align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {editingId ? t('person.editTitle') : t('person.createTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('person.enterHint')}</Typography.Text>
        </Space>
        {banner ? <Alert type="error" showIcon title={banner} /> : null}
        <Card title={t('person.sections.identity')}>
          <Row gutter={24}>
            {item('name', <Input autoFocus maxLength={30} />, { required: true })}
            {item('residentId', <Input maxLength={18} />, {
              required: true,
              span: 16,
              extra: <IdentityHints residentId={residentId as string | undefined} selfId={editingId} />,
            })}
            {item('certNumber', <Input maxLength={22} onChange={(e) => onCertChange(e.target.value)} />, {
              required: true,
              span: 16,
              rules: [certRule(() => form.getFieldValue('residentId'))],
              extra: certNote,
            })}
            {item('certIssueDate', <CalendarDatePicker style={{ width: '100%' }} />)}
            {item('category', <Select options={categoryOptions()} />, { required: true })}
            {item('level', <Select options={levelOptions()} />, { required: true })}
            {item(
              'economicStatus',
              <Select options={ECONOMIC_STATUSES.map((s) => ({ value: s, label: t(`person.economicStatus.${s}`) }))} />,
            )}
          </Row>
        </Card>
        <Card title={t('person.sections.residence')}>
          <Row gutter={24}>
            {item(
              'residenceStreetId',
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={streetOptions}
                onChange={() => form.setFieldValue('residenceCommunityId', undefined)}
              />,
              { required: true },
            )}
            {item(
              'residenceCommunityId',
              <Select allowClear options={communitiesOf(residenceStreetId as number | undefined)} />,
            )}
            {item('phone', <Input maxLength={20} />)}
            {item('address', <Input maxLength={200} />, { span: 24 })}
            {item(
              'hukouStreetId',
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={streetOptions}
                onChange={() => form.setFieldValue('hukouCommunityId', undefined)}
              />,
            )}
            {item(
              'hukouCommunityId',
              <Select allowClear options={communitiesOf(hukouStreetId as number | undefined)} />,
            )}
          </Row>
        </Card>
        <Card title={t('person.sections.guardians')}>
          <GuardianFields />
        </Card>
        <Card title={t('person.sections.other')}>
          <Row gutter={24}>
            {item(
              'status',
              <Select options={PERSON_STATUSES.map((s) => ({ value: s, label: t(`person.status.${s}`) }))} />,
            )}
            {item('remarks', <Input.TextArea rows={2} maxLength={1000} />, { span: 16 })}
          </Row>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Space>
    </Form>
  );
}
