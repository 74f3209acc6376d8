import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A masked ID with one click to reveal it; `reveal` asks the server, which audits the read. */
export function MaskedId({ masked, reveal, testId }: { masked: string; reveal: () => Promise<string>; testId?: string }) {
  const { t } = useTranslation();
  const shown = useMutation({ mutationFn: reveal });
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text code copyable={shown.data ? { text: shown.data } : false} data-testid={testId}>
        {shown.data ?? masked}
      </Typography.Text>
      {shown.data ? null : (
        <Tooltip title={t('person.reveal')}>
          <Button type="text" size="small" icon={<EyeOutlined />} aria-label={t('person.reveal')} loading={shown.isPending} onClick={() => shown.mutate()} />
        </Tooltip>
      )}
    </span>
  );
}
