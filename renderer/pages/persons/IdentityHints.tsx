import { useQuery } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn } from '#domain/dates';
import { parseResidentId } from '#domain/identity/resident-id';
import { useApi } from '../../api/context';

/** Under the ID field: what the ID says (sex, birth, age), and a link if it is already registered. */
export function IdentityHints({ residentId, selfId }: { residentId: string | undefined; selfId: number | null }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const parsed = residentId ? parseResidentId(residentId) : null;
  const id = parsed?.ok ? parsed.value.id : null;
  const holder = useQuery({
    ...orpc.persons.findByResidentId.queryOptions({ input: { residentId: id ?? '' } }),
    enabled: id !== null,
  });
  if (!parsed?.ok) return null;
  const { sex, birthDate } = parsed.value;
  const duplicate = holder.data && holder.data.id !== selfId ? holder.data : null;
  return (
    <>
      <Typography.Text type="secondary" data-testid="derived">
        {t('person.derived', {
          sex: t(`person.sex.${sex}`),
          birth: birthDate,
          age: ageOn(birthDate, dayjs().format('YYYY-MM-DD')),
        })}
      </Typography.Text>
      {duplicate ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('person.duplicate', { name: duplicate.name })}
          action={<Link to={`/persons/${duplicate.id}`}>{t('person.openExisting')}</Link>}
        />
      ) : null}
    </>
  );
}
