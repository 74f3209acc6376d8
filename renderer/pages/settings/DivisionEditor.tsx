import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Division, DivisionNode } from '#server/contract';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';
import { DivisionFormModal, type DivisionModalState } from './DivisionFormModal';

/** 行政区划 editor: the district tree with add, edit, move and archive. */
export function DivisionEditor() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [showArchived, setShowArchived] = useState(false);
  const [modal, setModal] = useState<DivisionModalState | null>(null);
  const tree = useQuery(orpc.divisions.tree.queryOptions({ input: { includeArchived: showArchived } }));
  const archive = useMutation(
    orpc.divisions.archive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );
  const all = flatten(tree.data ?? []);
  const rows = useMemo(() => toRows(tree.data ?? []), [tree.data]);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('settings.divisionsHint')} />
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create', parent: null })}>
          {t('settings.addDistrict')}
        </Button>
        <Checkbox checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)}>
          {t('settings.showArchived')}
        </Checkbox>
      </Space>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={tree.isPending}
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: false, childrenColumnName: 'children' }}
        columns={[
          {
            title: t('settings.name'),
            dataIndex: 'name',
            render: (name: string, d) => (
              <Space>
                <Typography.Text delete={d.archived}>{name}</Typography.Text>
                {d.archived ? <Tag>{t('common.archived')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('settings.code'),
            dataIndex: 'code',
            render: (code: string, d) => (
              <Space>
                <Typography.Text code>{code}</Typography.Text>
                {d.codeVerified ? null : <Tag color="warning">{t('settings.unverified')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('settings.level'),
            dataIndex: 'level',
            render: (l: DivisionNode['level']) => t(`settings.levels.${l}`),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, d) => (
              <Space size="small">
                {d.level !== 'community' && !d.archived ? (
                  <Button size="small" type="link" onClick={() => setModal({ mode: 'create', parent: d })}>
                    {t('settings.addChild')}
                  </Button>
                ) : null}
                <Button size="small" type="link" onClick={() => setModal({ mode: 'edit', division: d })}>
                  {t('settings.rename')}
                </Button>
                {d.level !== 'district' && !d.archived ? (
                  <Button size="small" type="link" onClick={() => setModal({ mode: 'move', division: d })}>
                    {t('settings.move')}
                  </Button>
                ) : null}
                {d.archived ? (
                  <Button size="small" type="link" onClick={() => archive.mutate({ id: d.id, archived: false })}>
                    {t('common.restore')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('common.confirmArchive', { name: d.name })}
                    onConfirm={() => archive.mutate({ id: d.id, archived: true })}
                  >
                    <Button size="small" type="link" danger>
                      {t('common.archive')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {modal ? <DivisionFormModal state={modal} all={all} onClose={() => setModal(null)} /> : null}
    </Space>
  );
}

/** A tree row. Leaves carry no `children` at all: antd draws an expand toggle even for an empty array. */
type Row = Division & { children?: Row[] };

function toRows(nodes: DivisionNode[]): Row[] {
  return nodes.map(({ children, ...d }) => (children.length ? { ...d, children: toRows(children) } : d));
}

function flatten(nodes: DivisionNode[]): DivisionNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
