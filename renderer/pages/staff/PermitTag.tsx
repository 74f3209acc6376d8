import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermitSummary } from '#server/contract';

const COLORS = { valid: 'green', expiring: 'gold', expired: 'red', suspended: 'orange', revoked: 'red' } as const;

/** A permit at a glance: number, standing, and for suspended or revoked ones the reason. */
export function PermitTag({ permit, showNumber = true }: { permit: PermitSummary | null; showNumber?: boolean }) {
  const { t } = useTranslation();
  if (!permit) return <Tag color="default">{t('permit.none')}</Tag>;
  const tag = (
    <Tag color={COLORS[permit.standing]}>
      {t(`permit.standing.${permit.standing}`)}
      {permit.statusReason && permit.status !== 'valid' ? `：${permit.statusReason}` : ''}
    </Tag>
  );
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {tag}
      {showNumber ? (
        <Tooltip title={`${t('permit.fields.validUntil')} ${permit.validUntil}`}>
          <span>{permit.number}</span>
        </Tooltip>
      ) : null}
    </span>
  );
}
