import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXIT_REASONS, type ExitReason } from '#domain/person/enums';
import type { Enrolment } from '#server/contract';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf, ruleText } from '../../api/errors';
import { EnrolModal } from './EnrolModal';

interface ExitValues {
  endDate: Dayjs;
  exitReason: ExitReason;
  remarks?: string;
}

/** 托养安置: the current enrolment, its history, and the enrol / exit actions. */
export function EnrolmentCard({ personId, canEnrol }: { personId: number; canEnrol: boolean }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);
  const [exiting, setExiting] = useState<Enrolment | null>(null);
  const [exitForm] = Form.useForm<ExitValues>();
  const list = useQuery(orpc.persons.enrolments.queryOptions({ input: { id: personId } }));
  const exit = useMutation(
    orpc.persons.exit.mutationOptions({
      onSuccess: async () => {
        setExiting(null);
        await queryClient.invalidateQueries();
      },
      onError: (e) => applyFieldErrors(exitForm, fieldErrorsOf(e)),
    }),
  );
  const open = list.data?.find((e) => e.endDate === null) ?? null;

  return (
    <Card
      title={t('enrolment.title')}
      extra={
        open ? (
          <Button
            danger
            onClick={() => {
              exitForm.resetFields();
              setExiting(open);
            }}
          >
            {t('enrolment.exit')}
          </Button>
        ) : (
          <Button type="primary" disabled={!canEnrol} onClick={() => setEnrolling(true)}>
            {t('enrolment.enrol')}
          </Button>
        )
      }
    >
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data}
        pagination={false}
        locale={{ emptyText: t('enrolment.none') }}
        columns={[
          {
            title: t('enrolment.fields.mode'),
            dataIndex: 'mode',
            render: (m: Enrolment['mode'], e) => (
              <>
                {t(`institution.modes.${m}`)}{' '}
                {e.endDate === null ? <Tag color="green">{t('enrolment.current')}</Tag> : null}
              </>
            ),
          },
          {
            title: t('enrolment.fields.institutionId'),
            dataIndex: 'institutionName',
            render: (n: string | null) => n ?? t('common.none'),
          },
          { title: t('enrolment.fields.startDate'), dataIndex: 'startDate' },
          {
            title: t('enrolment.fields.endDate'),
            dataIndex: 'endDate',
            render: (d: string | null) => d ?? t('common.none'),
          },
          {
            title: t('enrolment.fields.exitReason'),
            dataIndex: 'exitReason',
            render: (r: ExitReason | null) => (r ? t(`enrolment.exitReason.${r}`) : t('common.none')),
          },
        ]}
      />
      {enrolling ? <EnrolModal personId={personId} onClose={() => setEnrolling(false)} /> : null}
      <Modal
        open={exiting !== null}
        title={t('enrolment.exit')}
        onCancel={() => setExiting(null)}
        onOk={() => exitForm.submit()}
        confirmLoading={exit.isPending}
        destroyOnHidden
      >
        <Form<ExitValues>
          form={exitForm}
          layout="vertical"
          initialValues={{ endDate: dayjs() }}
          onFinish={(v) =>
            exiting &&
            exit.mutate({
              enrolmentId: exiting.id,
              endDate: v.endDate.format('YYYY-MM-DD'),
              exitReason: v.exitReason,
              remarks: v.remarks ?? null,
            })
          }
        >
          <Form.Item
            name="endDate"
            label={t('enrolment.fields.endDate')}
            rules={[{ required: true, message: ruleText('field.date') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="exitReason"
            label={t('enrolment.fields.exitReason')}
            rules={[{ required: true, message: ruleText('enrolment.exitReason.required') }]}
          >
            <Select options={EXIT_REASONS.map((r) => ({ value: r, label: t(`enrolment.exitReason.${r}`) }))} />
          </Form.Item>
          <Form.Item name="remarks" label={t('enrolment.fields.remarks')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
