import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Division, DivisionNode } from '#server/contract';
import { useApi } from '../../api/context';
import { applyFieldErrors, fieldErrorsOf } from '../../api/errors';

export type DivisionModalState =
  | { mode: 'create'; parent: Division | null }
  | { mode: 'edit'; division: Division }
  | { mode: 'move'; division: Division };

interface Values {
  name: string;
  code: string;
  codeVerified: boolean;
  parentId: number;
}

const PARENT_LEVEL = { street: 'district', community: 'street' } as const;

export function DivisionFormModal({
  state,
  all,
  onClose,
}: {
  state: DivisionModalState;
  all: DivisionNode[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onClose();
    },
    onError: (e: unknown) => applyFieldErrors(form, fieldErrorsOf(e)),
  };
  const create = useMutation(orpc.divisions.create.mutationOptions(options));
  const rename = useMutation(orpc.divisions.rename.mutationOptions(options));
  const move = useMutation(orpc.divisions.move.mutationOptions(options));

  const submit = (v: Values) => {
    if (state.mode === 'create')
      create.mutate({ parentId: state.parent?.id ?? null, code: v.code, name: v.name, codeVerified: v.codeVerified });
    else if (state.mode === 'edit')
      rename.mutate({ id: state.division.id, code: v.code, name: v.name, codeVerified: v.codeVerified });
    else move.mutate({ id: state.division.id, parentId: v.parentId });
  };

  const title =
    state.mode === 'create'
      ? state.parent
        ? `${t('settings.addChild')}：${state.parent.name}`
        : t('settings.addDistrict')
      : state.mode === 'edit'
        ? t('settings.rename')
        : t('settings.move');
  const initial =
    state.mode === 'create'
      ? {
          code: state.parent ? state.parent.code.slice(0, state.parent.level === 'district' ? 6 : 9) : '',
          codeVerified: true,
        }
      : {
          name: state.division.name,
          code: state.division.code,
          codeVerified: state.division.codeVerified,
          parentId: state.division.parentId ?? undefined,
        };
  const parentChoices =
    state.mode === 'move' && state.division.level !== 'district'
      ? all.filter(
          (d) =>
            d.level === PARENT_LEVEL[state.division.level as 'street' | 'community'] &&
            !d.archived &&
            d.id !== state.division.parentId,
        )
      : [];

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || rename.isPending || move.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {state.mode === 'move' ? (
          <Form.Item
            name="parentId"
            label={t('settings.moveTo')}
            rules={[{ required: true, message: t('settings.moveTo') }]}
          >
            <Select options={parentChoices.map((d) => ({ value: d.id, label: `${d.name}（${d.code}）` }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="name" label={t('settings.name')} required>
              <Input autoFocus maxLength={50} />
            </Form.Item>
            <Form.Item name="code" label={t('settings.code')} required>
              <Input maxLength={12} />
            </Form.Item>
            <Form.Item name="codeVerified" valuePropName="checked">
              <Checkbox>{t('settings.codeVerified')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
