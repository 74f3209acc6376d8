import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permit } from '#server/contract';
import { useApi } from '../../api/context';
import { applyFieldErrors, errorText, fieldErrorsOf } from '../../api/errors';
import { PermitTag } from './PermitTag';

type Action =
  { kind: 'issue' } | { kind: 'renew'; permit: Permit } | { kind: 'suspend' | 'reinstate' | 'revoke'; permit: Permit };

interface Values {
  issueDate: Dayjs;
  validYears: number;
  issuer: string;
  reason: string;
}

/** 上岗证: issue after a passed training, then suspend, reinstate, revoke (with reasons) or renew. */
export function PermitCard({ staffId, canIssue }: { staffId: number; canIssue: boolean }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const status = useQuery(orpc.setup.status.queryOptions());
  const permits = useQuery(orpc.staff.permits.queryOptions({ input: { id: staffId } }));
  const done = {
    onSuccess: async () => {
      setAction(null);
      await queryClient.invalidateQueries();
    },
  };
  const onError = (e: unknown) => {
    const rest = applyFieldErrors(form, fieldErrorsOf(e));
    if (rest.length || !fieldErrorsOf(e).length) setBanner(errorText(e));
  };
  const issue = useMutation(orpc.staff.issuePermit.mutationOptions({ ...done, onError }));
  const renew = useMutation(orpc.staff.renewPermit.mutationOptions({ ...done, onError }));
  const change = useMutation(orpc.staff.changePermitStatus.mutationOptions({ ...done, onError }));

  const open = (a: Action) => {
    setBanner(null);
    form.resetFields();
    form.setFieldsValue({ issueDate: dayjs(), validYears: 3, issuer: status.data?.officeName ?? '' });
    setAction(a);
  };
  const submit = (v: Values) => {
    if (!action) return;
    // Suspend, reinstate and revoke have only the reason on the form: no dates to read.
    if (action.kind !== 'issue' && action.kind !== 'renew')
      return change.mutate({ permitId: action.permit.id, action: action.kind, reason: v.reason });
    const dates = { issueDate: v.issueDate.format('YYYY-MM-DD'), validYears: v.validYears, issuer: v.issuer };
    if (action.kind === 'issue') issue.mutate({ staffId, ...dates });
    else renew.mutate({ permitId: action.permit.id, ...dates });
  };
  const withDates = action?.kind === 'issue' || action?.kind === 'renew';
  const title = action ? t(`permit.${action.kind}`) : '';

  return (
    <Card
      title={t('permit.title')}
      extra={
        <Button type="primary" disabled={!canIssue} onClick={() => open({ kind: 'issue' })}>
          {t('permit.issue')}
        </Button>
      }
    >
      <Table<Permit>
        rowKey="id"
        size="small"
        loading={permits.isPending}
        dataSource={permits.data}
        pagination={false}
        locale={{ emptyText: t('permit.none') }}
        columns={[
          { title: t('permit.fields.number'), dataIndex: 'number' },
          { title: t('permit.fields.issueDate'), dataIndex: 'issueDate' },
          { title: t('permit.fields.validUntil'), dataIndex: 'validUntil' },
          { title: t('permit.fields.issuer'), dataIndex: 'issuer' },
          {
            title: t('permit.fields.status'),
            key: 'status',
            render: (_: unknown, p) => <PermitTag permit={p} showNumber={false} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p) =>
              p.status === 'revoked' ? null : (
                <Space size={0}>
                  {p.status === 'valid' ? (
                    <Button type="link" size="small" onClick={() => open({ kind: 'renew', permit: p })}>
                      {t('permit.renew')}
                    </Button>
                  ) : null}
                  {p.status === 'valid' ? (
                    <Button type="link" size="small" onClick={() => open({ kind: 'suspend', permit: p })}>
                      {t('permit.suspend')}
                    </Button>
                  ) : null}
                  {p.status === 'suspended' ? (
                    <Button type="link" size="small" onClick={() => open({ kind: 'reinstate', permit: p })}>
                      {t('permit.reinstate')}
                    </Button>
                  ) : null}
                  <Button type="link" size="small" danger onClick={() => open({ kind: 'revoke', permit: p })}>
                    {t('permit.revoke')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={action !== null}
        title={title}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        confirmLoading={issue.isPending || renew.isPending || change.isPending}
        destroyOnHidden
      >
        {banner ? <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} /> : null}
        <Form<Values> form={form} layout="vertical" onFinish={submit}>
          {withDates ? (
            <>
              <Form.Item
                name="issueDate"
                label={t('permit.fields.issueDate')}
                rules={[{ required: true, message: t('permit.fields.issueDate') }]}
              >
                <DatePicker />
              </Form.Item>
              <Form.Item
                name="validYears"
                label={t('permit.fields.validYears')}
                rules={[{ required: true, message: t('permit.fields.validYears') }]}
              >
                <InputNumber min={1} max={10} precision={0} />
              </Form.Item>
              <Form.Item
                name="issuer"
                label={t('permit.fields.issuer')}
                rules={[{ required: true, message: t('permit.fields.issuer') }]}
              >
                <Input maxLength={60} />
              </Form.Item>
            </>
          ) : (
            <Form.Item
              name="reason"
              label={t('permit.reason')}
              rules={[{ required: true, message: t('permit.reason') }]}
            >
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
