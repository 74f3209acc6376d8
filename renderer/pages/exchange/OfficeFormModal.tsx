import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { officeName } from '#domain/office';
import type { OfficeInfo, OfficeLevel } from '#server/contract/packages';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf } from '../../api/errors';

interface Values {
  level: OfficeLevel;
  code: string;
  name: string;
}

const LEVELS: OfficeLevel[] = ['street', 'district', 'city'];

/**
 * 修改本单位: a street copy picks its street from the register's divisions, a district is the
 * register's district, a city types its 6-digit code. The name follows the choice until typed over.
 */
export function OfficeFormModal({ info, onClose }: { info: OfficeInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form) ?? info.office?.level ?? 'district';
  const tree = useQuery(orpc.divisions.tree.queryOptions({ input: { includeArchived: false } }));
  const districts = tree.data ?? [];
  const streets = districts.flatMap((d) => d.children);
  const save = useMutation(
    orpc.packages.setOffice.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        onClose();
      },
      onError: (e) => applyFieldErrors(form, fieldErrorsOf(e)),
    }),
  );
  const pick = (code: string) => {
    const d = [...districts, ...streets].find((x) => x.code === code);
    // The office's official name is data (printed, signed), Chinese whatever the UI language.
    if (d) form.setFieldsValue({ name: officeName(d.name) });
  };
  const choices = level === 'street' ? streets : districts;
  return (
    <Modal
      open
      title={t('packages.office.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="office"
        layout="vertical"
        initialValues={info.office ?? { level: 'district' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="level" label={t('packages.office.level')} required>
          <Radio.Group
            options={LEVELS.map((l) => ({ value: l, label: t(`packages.level.${l}`) }))}
            onChange={() => form.setFieldsValue({ code: undefined as unknown as string })}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={level === 'street' ? t('packages.office.street') : t('packages.office.code')}
          required
        >
          {level === 'city' ? (
            <Input maxLength={6} placeholder="440300" />
          ) : (
            <Select
              showSearch
              optionFilterProp="label"
              onChange={pick}
              options={choices.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))}
            />
          )}
        </Form.Item>
        <Form.Item name="name" label={t('packages.office.name')} required>
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
