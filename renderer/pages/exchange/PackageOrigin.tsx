import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConflictEntity } from '#server/contract/packages';
import { useApi } from '../../api/context';

/** 来源单位 of a record on its detail page: 本单位录入, or the lower office and package it came in. */
export function PackageOrigin({ entity, id }: { entity: ConflictEntity; id: number }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const origin = useQuery(orpc.packages.origin.queryOptions({ input: { entity, id } }));
  if (origin.isPending) return null;
  return (
    <span data-testid="record-origin">
      {origin.data
        ? t('packages.origin.value', { name: origin.data.name, sequence: origin.data.sequence })
        : t('packages.origin.own')}
    </span>
  );
}
