import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_SERVICES } from '#domain/institution/enums';
import { WANTED_MODES } from '#domain/person/enums';
import type { Survey } from '#server/contract';
import { useApi } from '../../api/context';
import { useRecordDialog } from '../../components/use-record-dialog';

interface Values {
  surveyDate: Dayjs;
  surveyor: string;
  wantedMode: Survey['wantedMode'];
  wantedServices: string[];
  remarks?: string;
}

/** 摸底调查: several per person over the years. */
export function SurveyCard({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const dialog = useRecordDialog<Values>();
  const { form } = dialog;
  const list = useQuery(orpc.persons.surveys.queryOptions({ input: { id: personId } }));
  const add = useMutation(orpc.persons.addSurvey.mutationOptions(dialog.callbacks));
  return (
    <Card
      title={t('survey.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={dialog.show}>
          {t('survey.add')}
        </Button>
      }
    >
      <Table<Survey>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data}
        pagination={false}
        columns={[
          { title: t('survey.fields.surveyDate'), dataIndex: 'surveyDate', width: 120 },
          { title: t('survey.fields.surveyor'), dataIndex: 'surveyor', width: 100 },
          {
            title: t('survey.fields.wantedMode'),
            dataIndex: 'wantedMode',
            width: 120,
            render: (m: Survey['wantedMode']) => t(`survey.wantedMode.${m}`),
          },
          {
            title: t('survey.fields.wantedServices'),
            dataIndex: 'wantedServices',
            render: (s: string[]) => s.map((x) => t(`institution.services.${x}`)).join('、'),
          },
          { title: t('survey.fields.remarks'), dataIndex: 'remarks' },
        ]}
      />
      <Modal
        open={dialog.open}
        title={t('survey.add')}
        width={640}
        onCancel={dialog.hide}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ surveyDate: dayjs(), wantedServices: [] }}
          onFinish={(v) =>
            add.mutate({
              personId,
              surveyDate: v.surveyDate.format('YYYY-MM-DD'),
              surveyor: v.surveyor,
              wantedMode: v.wantedMode,
              wantedServices: v.wantedServices as never,
              remarks: v.remarks ?? null,
            })
          }
        >
          <Form.Item name="surveyDate" label={t('survey.fields.surveyDate')} required>
            <DatePicker />
          </Form.Item>
          <Form.Item name="surveyor" label={t('survey.fields.surveyor')} required>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="wantedMode" label={t('survey.fields.wantedMode')} required>
            <Select options={WANTED_MODES.map((m) => ({ value: m, label: t(`survey.wantedMode.${m}`) }))} />
          </Form.Item>
          <Form.Item name="wantedServices" label={t('survey.fields.wantedServices')}>
            <Checkbox.Group
              options={INSTITUTION_SERVICES.map((s) => ({ value: s, label: t(`institution.services.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="remarks" label={t('survey.fields.remarks')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
