import { and, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { divisions, enrolments, institutions, persons } from '#db/schema';
import { today } from '#domain/dates';
import { parseResidentId } from '#domain/identity/resident-id';
import { maskPhone, maskResidentId } from '#domain/masking';
import { birthDateRange } from '#domain/person/review';
import { classifySearch } from '#domain/person/search-key';
import { prefixRange } from '#server/kernel/prefix-range';
import type { PersonListQuery } from '#server/contract';
import type { PersonListItem } from '#server/contract/types';
import type { ReadHandle } from '#server/kernel';

export const openEnrolment = alias(enrolments, 'open_enrolment');
const enrolInstitution = alias(institutions, 'enrol_institution');
const street = alias(divisions, 'residence_street');
const community = alias(divisions, 'residence_community');

/** The columns every person list shows; the full ID and phone never leave this module. */
export const listSelection = {
  p: persons,
  streetName: street.name,
  communityName: community.name,
  enrolmentId: openEnrolment.id,
  enrolmentMode: openEnrolment.mode,
  enrolmentStart: openEnrolment.startDate,
  institutionName: enrolInstitution.name,
};

const openEnrolmentOn = and(eq(openEnrolment.personId, persons.id), isNull(openEnrolment.endDate));

export function listQuery(tx: ReadHandle) {
  return tx
    .select(listSelection)
    .from(persons)
    .leftJoin(openEnrolment, openEnrolmentOn)
    .leftJoin(enrolInstitution, eq(enrolInstitution.id, openEnrolment.institutionId))
    .leftJoin(street, eq(street.id, persons.residenceStreetId))
    .leftJoin(community, eq(community.id, persons.residenceCommunityId));
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['all']>>[number];

export function toListItem(r: ListRow): PersonListItem {
  const p = r.p;
  return {
    id: p.id,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    residentIdMasked: maskResidentId(p.residentId),
    category: p.category,
    level: p.level,
    residenceStreetName: r.streetName ?? '',
    residenceCommunityName: r.communityName,
    phoneMasked: p.phone ? maskPhone(p.phone) : null,
    status: p.status,
    enrolment:
      r.enrolmentId !== null && r.enrolmentMode !== null && r.enrolmentStart !== null
        ? { mode: r.enrolmentMode, institutionName: r.institutionName, startDate: r.enrolmentStart }
        : null,
    archived: p.archivedAt !== null,
  };
}

/**
 * The search box as an id set drawn from the index that fits what was typed: name and given
 * name prefixes, pinyin initials and full pinyin, or the trigram index of the ID.
 */
function keywordCondition(keyword: string): SQL | null {
  const key = classifySearch(keyword);
  if (!key) return null;
  switch (key.kind) {
    case 'name':
      return sql`${persons.id} IN (SELECT id FROM persons WHERE ${prefixRange(sql`name`, key.value)} UNION SELECT id FROM persons WHERE ${prefixRange(sql`substr(name, 2)`, key.value)})`;
    case 'pinyin':
      return sql`${persons.id} IN (SELECT id FROM persons WHERE ${prefixRange(sql`name_initials`, key.value)} UNION SELECT id FROM persons WHERE ${prefixRange(sql`name_pinyin`, key.value)})`;
    case 'idFragment': {
      // A quoted phrase: the trigram tokenizer then matches it as a substring.
      const fragment = sql`${persons.id} IN (SELECT rowid FROM persons_id_fts WHERE persons_id_fts MATCH ${`"${key.value}"`})`;
      // An old 15-digit ID is stored as the 18-digit number it converts to: find that one too.
      const legacy = key.value.length === 15 ? parseResidentId(key.value) : null;
      return legacy?.ok ? sql`(${fragment} OR ${eq(persons.residentId, legacy.value.id)})` : fragment;
    }
    case 'idPrefix':
      return prefixRange(persons.residentId, key.value);
    case 'certNumber':
      return prefixRange(persons.certNumber, key.value);
  }
}

export function listConditions(q: PersonListQuery): { where: SQL | undefined; needsEnrolment: boolean } {
  const where: SQL[] = [];
  if (!q.includeArchived) where.push(isNull(persons.archivedAt));
  const keyword = q.keyword ? keywordCondition(q.keyword) : null;
  if (keyword) where.push(keyword);
  if (q.streetId) where.push(eq(persons.residenceStreetId, q.streetId));
  if (q.communityId) where.push(eq(persons.residenceCommunityId, q.communityId));
  if (q.category) where.push(eq(persons.category, q.category));
  if (q.level) where.push(eq(persons.level, q.level));
  if (q.status) where.push(eq(persons.status, q.status));
  if (q.mode) where.push(eq(openEnrolment.mode, q.mode));
  if (q.enrolled === 'yes') where.push(isNotNull(openEnrolment.id));
  if (q.enrolled === 'no') where.push(isNull(openEnrolment.id));
  if (q.ageMin !== undefined || q.ageMax !== undefined) {
    const { from, to } = birthDateRange(q.ageMin, q.ageMax, q.refDate ?? today());
    if (from) where.push(gte(persons.birthDate, from));
    if (to) where.push(lte(persons.birthDate, to));
  }
  return { where: where.length ? and(...where) : undefined, needsEnrolment: Boolean(q.mode || q.enrolled) };
}

/**
 * One page of the list. Its ids are picked first, from the persons table (and the open
 * enrolment only when a filter needs it), where an index can answer filter, order and limit;
 * the other joins then run for those rows only, not for every match before the sort.
 */
export function listPage(tx: ReadHandle, q: PersonListQuery, order: SQL[]): ListRow[] {
  const { where, needsEnrolment } = listConditions(q);
  const base = tx.select({ id: persons.id }).from(persons);
  const offset = (q.page - 1) * q.pageSize;
  const ids = needsEnrolment
    ? base
        .leftJoin(openEnrolment, openEnrolmentOn)
        .where(where)
        .orderBy(...order)
        .limit(q.pageSize)
        .offset(offset)
    : base
        .where(where)
        .orderBy(...order)
        .limit(q.pageSize)
        .offset(offset);
  return listQuery(tx)
    .where(inArray(persons.id, ids))
    .orderBy(...order)
    .all();
}

export function countPersons(tx: ReadHandle, q: PersonListQuery): number {
  const { where, needsEnrolment } = listConditions(q);
  // The enrolment join is only paid for when a filter needs it.
  const base = tx.select({ n: sql<number>`count(*)` }).from(persons);
  const query = needsEnrolment ? base.leftJoin(openEnrolment, openEnrolmentOn).where(where) : base.where(where);
  return query.get()?.n ?? 0;
}
