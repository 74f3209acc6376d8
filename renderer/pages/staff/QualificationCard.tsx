import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QUALIFICATION_TYPES, type QualificationType } from '#domain/staff/enums';
import type { Qualification } from '#server/contract';
import { useApi } from '../../api/context';
import { useRecordDialog } from '../../components/use-record-dialog';

interface Values {
  type: QualificationType;
  number: string;
  issuer?: string;
  issueDate?: Dayjs;
  expiryDate?: Dayjs;
}

/** 职业（执业）资格: several per person. */
export function QualificationCard({ staffId }: { staffId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const dialog = useRecordDialog<Values>();
  const { form } = dialog;
  const list = useQuery(orpc.staff.qualifications.queryOptions({ input: { id: staffId } }));
  const add = useMutation(orpc.staff.addQualification.mutationOptions(dialog.callbacks));
  const none = t('common.none');
  return (
    <Card
      title={t('qualification.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={dialog.show}>
          {t('qualification.add')}
        </Button>
      }
    >
      <Table<Qualification>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data}
        pagination={false}
        columns={[
          {
            title: t('qualification.fields.type'),
            dataIndex: 'type',
            render: (v: QualificationType) => t(`qualification.type.${v}`),
          },
          { title: t('qualification.fields.number'), dataIndex: 'number' },
          { title: t('qualification.fields.issuer'), dataIndex: 'issuer', render: (v: string | null) => v ?? none },
          {
            title: t('qualification.fields.issueDate'),
            dataIndex: 'issueDate',
            render: (v: string | null) => v ?? none,
          },
          {
            title: t('qualification.fields.expiryDate'),
            dataIndex: 'expiryDate',
            render: (v: string | null) => v ?? none,
          },
        ]}
      />
      <Modal
        open={dialog.open}
        title={t('qualification.add')}
        onCancel={dialog.hide}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            add.mutate({
              staffId,
              type: v.type,
              number: v.number,
              issuer: v.issuer ?? null,
              issueDate: v.issueDate?.format('YYYY-MM-DD') ?? null,
              expiryDate: v.expiryDate?.format('YYYY-MM-DD') ?? null,
            })
          }
        >
          <Form.Item
            name="type"
            label={t('qualification.fields.type')}
            rules={[{ required: true, message: t('qualification.fields.type') }]}
          >
            <Select options={QUALIFICATION_TYPES.map((q) => ({ value: q, label: t(`qualification.type.${q}`) }))} />
          </Form.Item>
          <Form.Item
            name="number"
            label={t('qualification.fields.number')}
            rules={[{ required: true, message: t('qualification.fields.number') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="issuer" label={t('qualification.fields.issuer')}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="issueDate" label={t('qualification.fields.issueDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="expiryDate" label={t('qualification.fields.expiryDate')}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
