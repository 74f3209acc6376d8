import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CARE_MODES, type CareMode } from '#domain/institution/enums';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf, ruleText } from '../../api/errors';

interface Values {
  mode: CareMode;
  institutionId?: number;
  startDate: Dayjs;
}

/** 安置托养: mode, institution offering it, start date; a full institution asks before going on. */
export function EnrolModal({ personId, onClose }: { personId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const institutions = useQuery({
    ...orpc.institutions.list.queryOptions({
      input: { mode, pageSize: 200, sortField: 'name', sortOrder: 'ascend', status: 'operating' },
    }),
    enabled: Boolean(mode),
  });
  const enrol = useMutation(
    orpc.persons.enrol.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        onClose();
      },
    }),
  );

  const send = (v: Values, acceptOverCapacity: boolean) =>
    enrol.mutate(
      {
        personId,
        mode: v.mode,
        institutionId: v.institutionId ?? null,
        startDate: v.startDate.format('YYYY-MM-DD'),
        acceptOverCapacity,
      },
      {
        onError: (e) => {
          const fields = fieldErrorsOf(e);
          const full = fields.find((f) => f.code === 'enrolment.overCapacity');
          if (full) {
            modal.confirm({
              title: t('enrolment.overCapacityTitle'),
              content: ruleText(full.code, full.params, full.message),
              okText: t('enrolment.acceptOverCapacity'),
              onOk: () => send(v, true),
            });
          } else applyFieldErrors(form, fields);
        },
      },
    );

  return (
    <Modal
      open
      title={t('enrolment.enrol')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={enrol.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ startDate: dayjs() }}
        onFinish={(v) => send(v, false)}
      >
        <Form.Item
          name="mode"
          label={t('enrolment.fields.mode')}
          rules={[{ required: true, message: ruleText('enrolment.mode.required') }]}
        >
          <Select
            options={CARE_MODES.map((m) => ({ value: m, label: t(`institution.modes.${m}`) }))}
            onChange={() => form.setFieldValue('institutionId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="institutionId"
          label={t('enrolment.fields.institutionId')}
          rules={[{ required: mode !== 'homeCare', message: ruleText('enrolment.institution.required') }]}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={institutions.isFetching}
            options={(institutions.data?.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t('enrolment.fields.startDate')}
          rules={[{ required: true, message: ruleText('field.date') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
