import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CARE_MODES, INSTITUTION_SERVICES, INSTITUTION_STATUSES, OWNERSHIPS } from '#domain/institution/enums';
import { institutionCreateInput } from '#domain/institution/schema';
import type { FieldError } from '#server/contract';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf, ruleText } from '../../api/errors';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { useStreets } from '../../components/use-divisions';
import { issuesToFields } from '../../components/zod-rule';
import { fieldRule, type FieldName, type FormValues, toFormValues, toInput } from './form-values';

const DEFAULTS: Partial<FormValues> = {
  ownership: 'private',
  modes: [],
  services: [],
  status: 'operating',
  beds: 0,
  dayPlaces: 0,
};

export function InstitutionFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editingId = id ? Number(id) : null;
  const { orpc } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const { streets } = useStreets();
  const streetId = Form.useWatch('streetId', form);
  const communities = streets.find((s) => s.id === streetId)?.children ?? [];

  const existing = useQuery({
    ...orpc.institutions.get.queryOptions({ input: { id: editingId ?? 0 } }),
    enabled: editingId !== null,
  });
  useEffect(() => {
    if (existing.data) form.setFieldsValue(toFormValues(existing.data));
  }, [existing.data, form]);

  const onError = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    const rest: FieldError[] = fields.length ? applyFieldErrors(form, fields) : [];
    const stale = fields.some((f) => f.code === 'institution.version.stale');
    if (stale) setBanner(t('institution.staleHint'));
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
    navigate(`/institutions/${saved.id}`);
  };
  const create = useMutation(orpc.institutions.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(orpc.institutions.update.mutationOptions({ onSuccess, onError }));

  const submit = (values: FormValues) => {
    setBanner(null);
    const input = toInput({ ...form.getFieldsValue(true), ...values });
    // Cross-field rules (beds for residential care…) run here exactly as on the server.
    const parsed = institutionCreateInput.safeParse(input);
    if (!parsed.success) {
      form.setFields(issuesToFields(parsed.error.issues));
      return;
    }
    if (editingId !== null && existing.data) update.mutate({ ...input, id: editingId, version: existing.data.version });
    else create.mutate(input);
  };

  if (editingId !== null && existing.isPending) return <Spin />;
  const item = (name: FieldName, control: React.ReactNode, extra?: { required?: boolean; span?: number }) => (
    <Col span={extra?.span ?? 12}>
      <Form.Item
        name={name}
        label={t(`institution.fields.${name}`)}
        rules={[fieldRule(name)]}
        required={extra?.required}
        validateFirst
      >
        {control}
      </Form.Item>
    </Col>
  );

  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={DEFAULTS} onFinish={submit} scrollToFirstError>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {editingId ? t('institution.editTitle') : t('institution.createTitle')}
        </Typography.Title>
        {banner ? <Alert type="error" showIcon title={banner} /> : null}
        <Card title={t('institution.sections.basic')}>
          <Row gutter={24}>
            {item('name', <Input autoFocus maxLength={100} />, { required: true, span: 24 })}
            {item('creditCode', <Input maxLength={18} style={{ textTransform: 'uppercase' }} />)}
            {item('registrationNo', <Input maxLength={50} />)}
            {item('registeringDept', <Input maxLength={50} />)}
            {item(
              'ownership',
              <Radio.Group options={OWNERSHIPS.map((o) => ({ value: o, label: t(`institution.ownership.${o}`) }))} />,
              { required: true },
            )}
            {item(
              'streetId',
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={streets.map((s) => ({ value: s.id, label: s.name }))}
                onChange={() => form.setFieldValue('communityId', undefined)}
              />,
              { required: true },
            )}
            {item(
              'communityId',
              <Select allowClear options={communities.map((c) => ({ value: c.id, label: c.name }))} />,
            )}
            {item('address', <Input maxLength={200} />, { required: true, span: 24 })}
            {item('personInCharge', <Input maxLength={30} />, { required: true })}
            {item('phone', <Input maxLength={20} />, { required: true })}
            {item(
              'status',
              <Select options={INSTITUTION_STATUSES.map((s) => ({ value: s, label: t(`institution.status.${s}`) }))} />,
            )}
          </Row>
        </Card>
        <Card title={t('institution.sections.capacity')}>
          <Row gutter={24}>
            {item(
              'modes',
              <Checkbox.Group options={CARE_MODES.map((m) => ({ value: m, label: t(`institution.modes.${m}`) }))} />,
              { required: true, span: 24 },
            )}
            {item('beds', <InputNumber min={0} precision={0} style={{ width: '100%' }} />, { span: 8 })}
            {item('dayPlaces', <InputNumber min={0} precision={0} style={{ width: '100%' }} />, { span: 8 })}
            {item('floorArea', <InputNumber min={0} precision={0} style={{ width: '100%' }} />, { span: 8 })}
            {item(
              'services',
              <Checkbox.Group
                options={INSTITUTION_SERVICES.map((s) => ({ value: s, label: t(`institution.services.${s}`) }))}
              />,
              { span: 24 },
            )}
            {item('serviceContent', <Input.TextArea rows={3} maxLength={4000} />, { span: 24 })}
          </Row>
        </Card>
        <Card title={t('institution.sections.designation')}>
          <Row gutter={24}>
            {item('designationNo', <Input maxLength={50} />)}
            {item('designationDate', <CalendarDatePicker style={{ width: '100%' }} />)}
            {item('remarks', <Input.TextArea rows={2} maxLength={1000} />, { span: 24 })}
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
