import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ageOn } from '#domain/dates';
import { parseResidentId } from '#domain/identity/resident-id';
import { STAFF_POSTS } from '#domain/staff/enums';
import { staffCreateInput, staffFields, type StaffCreateInput } from '#domain/staff/schema';
import { useApi } from '../../api/context';
import { applyFieldErrors, errorText, fieldErrorsOf } from '../../api/errors';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { enterMovesOn } from '../../components/enter-moves-on';
import { formValue, issuesToFields, zodFieldRule } from '../../components/zod-rule';
import { useEmployerOptions } from './use-employers';

type FieldName = keyof typeof staffFields.shape;
type Values = Omit<StaffCreateInput, 'hireDate' | 'leaveDate' | 'employerInstitutionId'> & {
  hireDate?: Dayjs | string | null;
  leaveDate?: Dayjs | string | null;
  employerInstitutionId?: number;
};

function toInput(v: Values): StaffCreateInput {
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v)) out[k] = formValue(value);
  // 0 in the employer list is the office's own 公益岗 post.
  out.employerInstitutionId = v.employerInstitutionId ? v.employerInstitutionId : null;
  return out as StaffCreateInput;
}

export function StaffFormPage() {
  const { t } = useTranslation();
  const params = useParams();
  const editingId = params.id ? Number(params.id) : null;
  const { orpc } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const employers = useEmployerOptions();
  const residentId = Form.useWatch('residentId', form) as string | undefined;
  const parsedId = residentId ? parseResidentId(residentId) : null;

  const existing = useQuery({
    ...orpc.staff.getForEdit.queryOptions({ input: { id: editingId ?? 0 } }),
    enabled: editingId !== null,
    staleTime: Infinity,
  });
  useEffect(() => {
    const s = existing.data;
    if (!s) return;
    form.setFieldsValue({
      name: s.name,
      residentId: s.residentId,
      phone: s.phone,
      employerInstitutionId: s.employerInstitutionId ?? 0,
      post: s.post,
      hireDate: s.hireDate ? dayjs(s.hireDate) : null,
      leaveDate: s.leaveDate ? dayjs(s.leaveDate) : null,
      remarks: s.remarks,
    });
  }, [existing.data, form]);

  const onError = (error: unknown) => {
    const rest = applyFieldErrors(form, fieldErrorsOf(error));
    if (rest.length || !fieldErrorsOf(error).length) setBanner(errorText(error));
  };
  const onSuccess = async (saved: { id: number }) => {
    await queryClient.invalidateQueries();
    message.success(t('common.saved'));
    navigate(`/staff/${saved.id}`);
  };
  const create = useMutation(orpc.staff.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(orpc.staff.update.mutationOptions({ onSuccess, onError }));

  const submit = () => {
    setBanner(null);
    const input = toInput(form.getFieldsValue(true) as Values);
    const parsed = staffCreateInput.safeParse(input);
    if (!parsed.success) return form.setFields(issuesToFields(parsed.error.issues));
    if (editingId !== null && existing.data) update.mutate({ ...input, id: editingId, version: existing.data.version });
    else create.mutate(input);
  };

  if (editingId !== null && existing.isPending) return <Spin />;
  const item = (
    name: FieldName,
    control: ReactNode,
    opts: { required?: boolean; span?: number; extra?: ReactNode } = {},
  ) => (
    <Col span={opts.span ?? 8}>
      <Form.Item
        name={name}
        label={t(`staff.fields.${name}`)}
        rules={name === 'employerInstitutionId' ? [] : [zodFieldRule(staffFields.shape[name])]}
        required={opts.required}
        extra={opts.extra}
        validateFirst
      >
        {control}
      </Form.Item>
    </Col>
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ employerInstitutionId: 0 }}
      onFinish={submit}
      onKeyDown={enterMovesOn}
      scrollToFirstError
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {editingId ? t('staff.editTitle') : t('staff.createTitle')}
        </Typography.Title>
        {banner ? <Alert type="error" showIcon title={banner} /> : null}
        <Card>
          <Row gutter={24}>
            {item('name', <Input autoFocus maxLength={30} />, { required: true })}
            {item('residentId', <Input maxLength={18} />, {
              required: true,
              span: 16,
              extra: parsedId?.ok
                ? t('person.derived', {
                    sex: t(`person.sex.${parsedId.value.sex}`),
                    birth: parsedId.value.birthDate,
                    age: ageOn(parsedId.value.birthDate, dayjs().format('YYYY-MM-DD')),
                  })
                : null,
            })}
            {item('employerInstitutionId', <Select showSearch={{ optionFilterProp: 'label' }} options={employers} />, {
              required: true,
              span: 16,
            })}
            {item('post', <Select options={STAFF_POSTS.map((p) => ({ value: p, label: t(`staff.post.${p}`) }))} />, {
              required: true,
            })}
            {item('phone', <Input maxLength={20} />)}
            {item('hireDate', <CalendarDatePicker style={{ width: '100%' }} />)}
            {item('leaveDate', <CalendarDatePicker style={{ width: '100%' }} />)}
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
