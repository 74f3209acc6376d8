import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';

/** Employers to choose from: the office's own 公益岗 (value 0) and every live institution. */
export function useEmployerOptions(): { value: number; label: string }[] {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const list = useQuery(
    orpc.institutions.list.queryOptions({ input: { pageSize: 200, sortField: 'name', sortOrder: 'ascend' } }),
  );
  return [
    { value: 0, label: t('staff.officePost') },
    ...(list.data?.data ?? []).map((i) => ({ value: i.id, label: i.name })),
  ];
}
