import { formatDateZh, today } from '#domain/dates';
import type { ServiceContext } from '#server/kernel';
import { setupStatus } from '#server/services/setup-service';
import type { Heading } from '../rendered';

/** The district and office of this register, dated today (the day the clerk prints). */
export function loadHeading(ctx: ServiceContext): Heading {
  const status = setupStatus(ctx);
  return {
    district: status.districtName ?? '',
    unit: status.officeName,
    year: Number(today().slice(0, 4)),
    date: formatDateZh(today()),
  };
}
