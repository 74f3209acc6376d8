import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

/** Change histories are the queries whose oRPC path ends in `history`. */
const isHistory = (key: readonly unknown[]) => Array.isArray(key[0]) && key[0].at(-1) === 'history';

/**
 * A masked ID with one click to reveal it. `reveal` asks the server, which writes the read to
 * the audit trail; the histories on screen are refreshed so the clerk sees that entry at once.
 */
export function MaskedId({
  masked,
  reveal,
  testId,
}: {
  masked: string;
  reveal: () => Promise<string>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const shown = useMutation({
    mutationFn: reveal,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => isHistory(q.queryKey) }),
    onError: (e) => message.error(errorText(e)),
  });
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text code copyable={shown.data ? { text: shown.data } : false} data-testid={testId}>
        {shown.data ?? masked}
      </Typography.Text>
      {shown.data ? null : (
        <Tooltip title={t('person.reveal')}>
          <Button
            type="text"
            size="small"
            icon={<EyeOutlined />}
            aria-label={t('person.reveal')}
            loading={shown.isPending}
            onClick={() => shown.mutate()}
          />
        </Tooltip>
      )}
    </span>
  );
}
