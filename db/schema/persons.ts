import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { divisions } from './divisions';
import { institutions } from './institutions';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * 残疾人. Sex and birth date are derived from the ID at save time and stored for indexing.
 * Search structures drizzle cannot express (given-name index, trigram index of the ID) are in
 * the hand-written migration 0002_person_search.sql.
 */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // Search keys kept beside the name: full pinyin ('zhangsanfeng') and initials ('zsf').
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    residentId: text('resident_id').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    certNumber: text('cert_number').notNull(),
    category: text('category').notNull(),
    level: integer('level').notNull(),
    certIssueDate: text('cert_issue_date'),
    hukouStreetId: integer('hukou_street_id').references(() => divisions.id),
    hukouCommunityId: integer('hukou_community_id').references(() => divisions.id),
    residenceStreetId: integer('residence_street_id')
      .notNull()
      .references(() => divisions.id),
    residenceCommunityId: integer('residence_community_id').references(() => divisions.id),
    address: text('address'),
    phone: text('phone'),
    economicStatus: text('economic_status', { enum: ['dibao', 'tekun', 'lowIncome', 'other'] })
      .notNull()
      .default('other'),
    status: text('status', { enum: ['active', 'deceased', 'movedOut', 'certWithdrawn'] })
      .notNull()
      .default('active'),
    remarks: text('remarks'),
    archivedAt: text('archived_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('persons_resident_id_uq').on(t.residentId),
    index('persons_cert_number_idx').on(t.certNumber),
    index('persons_name_idx').on(t.name),
    index('persons_initials_idx').on(t.nameInitials),
    index('persons_pinyin_idx').on(t.namePinyin),
    // The list's filters (place, category, level, status, archived) all inside one index, so a
    // filtered count or page reads index entries only, never a row per match (see bench/RESULTS.md).
    index('persons_place_idx').on(
      t.residenceStreetId,
      t.residenceCommunityId,
      t.category,
      t.level,
      t.status,
      t.archivedAt,
    ),
    index('persons_birth_idx').on(t.birthDate),
  ],
);

export const guardians = sqliteTable(
  'guardians',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    phone: text('phone'),
    residentId: text('resident_id'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('guardians_person_idx').on(t.personId)],
);

/** 摸底调查: several per person over the years, possibly before any enrolment. */
export const needsSurveys = sqliteTable(
  'needs_surveys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    surveyDate: text('survey_date').notNull(),
    surveyor: text('surveyor').notNull(),
    wantedMode: text('wanted_mode', { enum: ['residential', 'dayCare', 'homeCare', 'none'] }).notNull(),
    wantedServices: text('wanted_services', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    remarks: text('remarks'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('needs_surveys_person_idx').on(t.personId, t.surveyDate)],
);

/** 托养 enrolment. At most one open (end_date null) per person, enforced by a partial index. */
export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    mode: text('mode', { enum: ['residential', 'dayCare', 'homeCare'] }).notNull(),
    institutionId: integer('institution_id').references(() => institutions.id),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    exitReason: text('exit_reason', { enum: ['age60', 'death', 'movedOut', 'certInvalid', 'transferred', 'other'] }),
    remarks: text('remarks'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('enrolments_open_uq')
      .on(t.personId)
      .where(sql`${t.endDate} IS NULL`),
    index('enrolments_institution_idx')
      .on(t.institutionId, t.mode)
      .where(sql`${t.endDate} IS NULL`),
  ],
);

/** Photos apart from the person row, so lists never read image bytes. */
export const personPhotos = sqliteTable('person_photos', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => persons.id),
  mime: text('mime').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

export type PersonRow = typeof persons.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;
