import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCard } from '#server/contract';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';
import { PrintPreview } from '../../components/PrintPreview';

type Status = 'requested' | 'printed' | 'handedOver';
const STATUSES: Status[] = ['requested', 'printed', 'handedOver'];
const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

/** 阳光家园服务卡 batches: print every requested card, confirm them printed, then handed over. */
export function CardsCard() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('requested');
  const [selected, setSelected] = useState<number[]>([]);
  const [printing, setPrinting] = useState(false);
  const cards = useQuery(orpc.cards.list.queryOptions({ input: { status } }));
  const after = async () => {
    setSelected([]);
    await queryClient.invalidateQueries();
  };
  const printed = useMutation(
    orpc.cards.markPrinted.mutationOptions({
      onSuccess: async (r) => {
        message.success(t('card.batchDone', { batch: r.batchNo, count: r.cards.length }));
        await after();
      },
      onError: (e) => message.error(errorText(e)),
    }),
  );
  const handed = useMutation(
    orpc.cards.handOver.mutationOptions({
      onSuccess: async (r) => {
        message.success(t('card.handedOver', { count: r.length }));
        await after();
      },
      onError: (e) => message.error(errorText(e)),
    }),
  );

  return (
    <Card
      title={t('card.title')}
      extra={
        <Space>
          {status === 'requested' ? (
            <Button onClick={() => setPrinting(true)} disabled={!cards.data?.length}>
              {t('card.printSheet')}
            </Button>
          ) : null}
          {status === 'requested' ? (
            <Button
              type="primary"
              disabled={!selected.length}
              loading={printed.isPending}
              onClick={() => printed.mutate({ cardIds: selected })}
            >
              {t('card.markPrinted')}
            </Button>
          ) : null}
          {status === 'printed' ? (
            <Button
              type="primary"
              disabled={!selected.length}
              loading={handed.isPending}
              onClick={() => handed.mutate({ cardIds: selected })}
            >
              {t('card.handOver')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k as Status);
          setSelected([]);
        }}
        items={STATUSES.map((s) => ({ key: s, label: t(`card.status.${s}`) }))}
      />
      <Table<ServiceCard>
        rowKey="id"
        size="small"
        loading={cards.isFetching}
        dataSource={cards.data}
        rowSelection={
          status === 'handedOver'
            ? undefined
            : { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }
        }
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: t('card.fields.cardNumber'), dataIndex: 'cardNumber' },
          { title: t('card.fields.personName'), dataIndex: 'personName' },
          { title: t('card.fields.residentId'), dataIndex: 'residentIdMasked' },
          {
            title: t('card.fields.enrolment'),
            key: 'enrolment',
            render: (_: unknown, c) =>
              c.enrolment
                ? `${t(`institution.modes.${c.enrolment.mode}`)}${c.enrolment.institutionName ? ` · ${c.enrolment.institutionName}` : ''}`
                : '—',
          },
          { title: t('card.fields.requestedAt'), dataIndex: 'requestedAt', render: time },
          { title: t('card.fields.printedAt'), dataIndex: 'printedAt', render: time },
          { title: t('card.fields.batchNo'), dataIndex: 'batchNo', render: (b: string | null) => b ?? '—' },
          { title: t('card.fields.handedOverAt'), dataIndex: 'handedOverAt', render: time },
          {
            title: t('card.fields.status'),
            dataIndex: 'status',
            render: (s: ServiceCard['status']) => <Tag>{t(`card.status.${s}`)}</Tag>,
          },
        ]}
      />
      {printing ? (
        <PrintPreview
          request={{ key: 'card.sheet', params: { status: 'requested' } }}
          onClose={() => setPrinting(false)}
        />
      ) : null}
    </Card>
  );
}
