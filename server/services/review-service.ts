import { and, asc, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { getMeta } from '#db';
import { persons } from '#db/schema';
import { DEFAULT_RULES, type ProgrammeRules, reviewFindings } from '#domain/person/review';
import type { Page, ReviewRow } from '#server/contract/types';
import { openEnrolment, listQuery, toListItem } from './person-query';
import type { ServiceContext } from '#server/kernel';

const RULES_KEY = 'programme_rules';

/** The year's rules as the office set them (exit age, certificate validity), or the defaults. */
export function programmeRules(ctx: ServiceContext): ProgrammeRules {
  const raw = getMeta(ctx.db, RULES_KEY);
  if (!raw) return DEFAULT_RULES;
  try {
    return { ...DEFAULT_RULES, ...(JSON.parse(raw) as Partial<ProgrammeRules>) };
  } catch {
    return DEFAULT_RULES;
  }
}

const yearsBefore = (refDate: string, years: number) =>
  `${String(Number(refDate.slice(0, 4)) - years).padStart(4, '0')}${refDate.slice(4)}`;

/**
 * 年审 on a reference date: enrolled people who reach the exit age, certificates past their
 * validity, and enrolled people recorded as dead or with a withdrawn certificate.
 */
export function annualReview(
  ctx: ServiceContext,
  q: { refDate: string; page: number; pageSize: number },
): Page<ReviewRow> {
  const rules = programmeRules(ctx);
  // Coarse date bounds pick the candidates by index; reviewFindings decides exactly (29 Feb etc.).
  const where = and(
    isNull(persons.archivedAt),
    or(
      and(isNotNull(openEnrolment.id), lte(persons.birthDate, yearsBefore(q.refDate, rules.exitAge - 1))),
      lte(persons.certIssueDate, yearsBefore(q.refDate, rules.certValidYears - 1)),
      and(isNotNull(openEnrolment.id), inArray(persons.status, ['deceased', 'certWithdrawn'])),
    ),
  );
  const rows = listQuery(ctx.db).where(where).orderBy(asc(persons.birthDate), asc(persons.id)).all();
  const findings = rows
    .map((r) => ({
      r,
      findings: reviewFindings(
        {
          birthDate: r.p.birthDate,
          certIssueDate: r.p.certIssueDate,
          status: r.p.status,
          enrolled: r.enrolmentId !== null,
        },
        q.refDate,
        rules,
      ),
    }))
    .filter((x) => x.findings.length > 0);
  const start = (q.page - 1) * q.pageSize;
  return {
    total: findings.length,
    data: findings
      .slice(start, start + q.pageSize)
      .map(({ r, findings: f }) => ({ person: toListItem(r), findings: f, enrolmentId: r.enrolmentId })),
  };
}
