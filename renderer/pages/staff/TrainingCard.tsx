import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Radio, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TRAINING_RESULTS, type TrainingResult } from '#domain/staff/enums';
import type { TrainingRecord } from '#server/contract';
import { useApi } from '../../api/context';
import { useRecordDialog } from '../../components/use-record-dialog';

interface Values {
  course: string;
  organiser?: string;
  dates: [Dayjs, Dayjs];
  hours: number;
  result: TrainingResult;
  certificateNo?: string;
}

/** 培训记录 of one person; a passed one is what a 上岗证 rests on. */
export function TrainingCard({ staffId }: { staffId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const dialog = useRecordDialog<Values>();
  const { form } = dialog;
  const list = useQuery(orpc.staff.training.queryOptions({ input: { id: staffId } }));
  const none = t('common.none');
  const add = useMutation(orpc.staff.addTraining.mutationOptions(dialog.callbacks));
  return (
    <Card
      title={t('training.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={dialog.show}>
          {t('training.add')}
        </Button>
      }
    >
      <Table<TrainingRecord>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data}
        pagination={false}
        columns={[
          { title: t('training.fields.course'), dataIndex: 'course' },
          { title: t('training.fields.organiser'), dataIndex: 'organiser', render: (v: string | null) => v ?? none },
          {
            title: t('training.fields.startDate'),
            key: 'dates',
            render: (_: unknown, r) => `${r.startDate} ~ ${r.endDate}`,
          },
          { title: t('training.fields.hours'), dataIndex: 'hours', width: 70 },
          {
            title: t('training.fields.result'),
            dataIndex: 'result',
            width: 80,
            render: (r: TrainingResult) => (
              <Tag color={r === 'pass' ? 'green' : 'red'}>{t(`training.result.${r}`)}</Tag>
            ),
          },
          {
            title: t('training.fields.certificateNo'),
            dataIndex: 'certificateNo',
            render: (v: string | null) => v ?? none,
          },
        ]}
      />
      <Modal
        open={dialog.open}
        title={t('training.add')}
        onCancel={dialog.hide}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ result: 'pass', hours: 16 }}
          onFinish={(v) =>
            add.mutate({
              staffId,
              course: v.course,
              organiser: v.organiser ?? null,
              startDate: v.dates[0].format('YYYY-MM-DD'),
              endDate: v.dates[1].format('YYYY-MM-DD'),
              hours: v.hours,
              result: v.result,
              certificateNo: v.certificateNo ?? null,
            })
          }
        >
          <Form.Item
            name="course"
            label={t('training.fields.course')}
            rules={[{ required: true, message: t('training.fields.course') }]}
          >
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="organiser" label={t('training.fields.organiser')}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="dates"
            label={`${t('training.fields.startDate')} ~ ${t('training.fields.endDate')}`}
            rules={[{ required: true, message: t('training.fields.startDate') }]}
          >
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="hours" label={t('training.fields.hours')} required>
            <InputNumber min={1} max={2000} precision={0} />
          </Form.Item>
          <Form.Item name="result" label={t('training.fields.result')} required>
            <Radio.Group options={TRAINING_RESULTS.map((r) => ({ value: r, label: t(`training.result.${r}`) }))} />
          </Form.Item>
          <Form.Item name="certificateNo" label={t('training.fields.certificateNo')}>
            <Input maxLength={50} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
