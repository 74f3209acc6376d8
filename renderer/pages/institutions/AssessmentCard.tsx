import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_GRADES } from '#domain/institution/enums';
import type { Assessment } from '#server/contract';
import { useApi } from '../../api/context';
import { useRecordDialog } from '../../components/use-record-dialog';

type Values = Omit<Assessment, 'id' | 'institutionId'>;

/** 年度考核评估: one result per year; saving a year again corrects it. */
export function AssessmentCard({ institutionId }: { institutionId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const dialog = useRecordDialog<Values>();
  const { form } = dialog;
  const list = useQuery(orpc.institutions.assessments.queryOptions({ input: { id: institutionId } }));
  const save = useMutation(orpc.institutions.saveAssessment.mutationOptions(dialog.callbacks));
  return (
    <Card
      title={t('institution.assessments')}
      extra={
        <Button icon={<PlusOutlined />} onClick={dialog.show}>
          {t('institution.assessmentAdd')}
        </Button>
      }
    >
      <Table<Assessment>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data}
        pagination={false}
        columns={[
          { title: t('institution.assessmentFields.year'), dataIndex: 'year' },
          {
            title: t('institution.assessmentFields.score'),
            dataIndex: 'score',
            render: (v: number | null) => v ?? t('common.none'),
          },
          {
            title: t('institution.assessmentFields.grade'),
            dataIndex: 'grade',
            render: (g: Assessment['grade']) => t(`institution.grades.${g}`),
          },
          {
            title: t('institution.assessmentFields.commended'),
            dataIndex: 'commended',
            render: (c: boolean) => (c ? <Tag color="gold">{t('common.yes')}</Tag> : t('common.no')),
          },
          { title: t('institution.assessmentFields.remarks'), dataIndex: 'remarks' },
        ]}
      />
      <Modal
        open={dialog.open}
        title={t('institution.assessmentAdd')}
        onCancel={dialog.hide}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ year: new Date().getFullYear() - 1, commended: false }}
          onFinish={(v) => save.mutate({ ...v, institutionId, score: v.score ?? null })}
        >
          <Form.Item name="year" label={t('institution.assessmentFields.year')} required>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="score" label={t('institution.assessmentFields.score')}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="grade" label={t('institution.assessmentFields.grade')} required>
            <Select options={ASSESSMENT_GRADES.map((g) => ({ value: g, label: t(`institution.grades.${g}`) }))} />
          </Form.Item>
          <Form.Item name="commended" valuePropName="checked">
            <Checkbox>{t('institution.assessmentFields.commended')}</Checkbox>
          </Form.Item>
          <Form.Item name="remarks" label={t('institution.assessmentFields.remarks')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
