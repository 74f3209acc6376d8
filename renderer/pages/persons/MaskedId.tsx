import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';

/** A masked ID with one click to reveal it; the server writes the reveal to the audit trail. */
export function MaskedId({ personId, masked, which = 'residentId' }: { personId: number; masked: string; which?: 'residentId' | 'certNumber' }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const reveal = useMutation(orpc.persons.reveal.mutationOptions());
  const shown = reveal.data?.[which];
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text code copyable={shown ? { text: shown } : false} data-testid={`id-${personId}`}>
        {shown ?? masked}
      </Typography.Text>
      {shown ? null : (
        <Tooltip title={t('person.reveal')}>
          <Button type="text" size="small" icon={<EyeOutlined />} aria-label={t('person.reveal')} loading={reveal.isPending} onClick={() => reveal.mutate({ id: personId })} />
        </Tooltip>
      )}
    </span>
  );
}
