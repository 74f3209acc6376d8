import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TRAINING_RESULTS, type TrainingResult } from '#domain/staff/enums';
import { useApi } from '../../api/context';
import { applyFieldErrors, errorText, fieldErrorsOf } from '../../api/errors';

interface Values {
  course: string;
  organiser?: string;
  dates: [Dayjs, Dayjs];
  hours: number;
  attendees: { staffId?: number; result: TrainingResult; certificateNo?: string }[];
}

/** 批量登记培训: one course, many attendees, saved together or not at all. */
export function TrainingSessionPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const staff = useQuery(orpc.staff.list.queryOptions({ input: { pageSize: 200 } }));
  const save = useMutation(
    orpc.staff.addTrainingSession.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries();
        message.success(t('training.saved', { count: r.records }));
        navigate('/staff');
      },
      onError: (e) => {
        const rest = applyFieldErrors(form, fieldErrorsOf(e));
        if (rest.length || !fieldErrorsOf(e).length) setBanner(errorText(e));
      },
    }),
  );
  const submit = (v: Values) => {
    setBanner(null);
    save.mutate({
      course: v.course,
      organiser: v.organiser ?? null,
      startDate: v.dates[0].format('YYYY-MM-DD'),
      endDate: v.dates[1].format('YYYY-MM-DD'),
      hours: v.hours,
      attendees: v.attendees.map((a) => ({
        staffId: a.staffId ?? 0,
        result: a.result,
        certificateNo: a.certificateNo ?? null,
      })),
    });
  };
  const options = (staff.data?.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.name}（${s.employerName ?? t('staff.officePost')}）`,
  }));
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ hours: 16, attendees: [{ result: 'pass' }] }}
      onFinish={submit}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('training.sessionTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('training.sessionHint')}</Typography.Text>
        {banner ? <Alert type="error" showIcon title={banner} /> : null}
        <Card>
          <Row gutter={24}>
            <Col span={12}>
              <Form.Item
                name="course"
                label={t('training.fields.course')}
                rules={[{ required: true, message: t('training.fields.course') }]}
              >
                <Input maxLength={80} autoFocus />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="organiser" label={t('training.fields.organiser')}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="dates"
                label={`${t('training.fields.startDate')} ~ ${t('training.fields.endDate')}`}
                rules={[{ required: true, message: t('training.fields.startDate') }]}
              >
                <DatePicker.RangePicker />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="hours" label={t('training.fields.hours')} required>
                <InputNumber min={1} max={2000} precision={0} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('training.attendees')}>
          <Form.List name="attendees">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row gutter={12} key={f.key} align="top">
                    <Col span={10}>
                      <Form.Item
                        name={[f.name, 'staffId']}
                        label={t('training.fields.staffId')}
                        rules={[{ required: true, message: t('training.fields.staffId') }]}
                      >
                        <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[f.name, 'result']} label={t('training.fields.result')}>
                        <Radio.Group
                          options={TRAINING_RESULTS.map((r) => ({ value: r, label: t(`training.result.${r}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[f.name, 'certificateNo']} label={t('training.fields.certificateNo')}>
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                    <Col span={2} style={{ paddingTop: 30 }}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('person.guardian.remove')}
                        onClick={() => remove(f.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ result: 'pass' })}>
                  {t('training.addAttendee')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Space>
    </Form>
  );
}
