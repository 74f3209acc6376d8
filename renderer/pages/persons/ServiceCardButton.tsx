import { CreditCardOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { errorText, ruleText } from '../../api/errors';
import { PrintPreview } from '../../components/PrintPreview';

/** The person's 阳光家园服务卡: its status and number, or a button to request one. */
export function ServiceCardButton({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [printing, setPrinting] = useState<number | null>(null);
  const cards = useQuery(orpc.cards.list.queryOptions({ input: { personId } }));
  const live = cards.data?.find((c) => c.status !== 'void');
  const request = useMutation(
    orpc.cards.request.mutationOptions({
      onSuccess: async (r) => {
        const refused = r.refused[0];
        if (refused)
          message.warning(t('card.refused', { reason: ruleText(refused.code, refused.params, refused.message) }));
        else if (r.issued[0]) message.success(t('card.requested', { number: r.issued[0].cardNumber }));
        await queryClient.invalidateQueries();
      },
      onError: (e) => message.error(errorText(e)),
    }),
  );
  if (!live) {
    return (
      <Button
        icon={<CreditCardOutlined />}
        loading={request.isPending}
        onClick={() => request.mutate({ personIds: [personId] })}
      >
        {t('card.request')}
      </Button>
    );
  }
  return (
    <Space>
      <Tag icon={<CreditCardOutlined />}>
        {live.cardNumber} · {t(`card.status.${live.status}`)}
      </Tag>
      <Button onClick={() => setPrinting(live.id)}>{t('card.printOne')}</Button>
      {printing !== null ? (
        <PrintPreview
          request={{ key: 'card.single', params: { cardId: printing } }}
          onClose={() => setPrinting(null)}
        />
      ) : null}
    </Space>
  );
}
