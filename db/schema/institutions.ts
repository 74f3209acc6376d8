import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { divisions } from './divisions';

/** 托养服务机构. Occupancy (入住率) is derived from enrolments, never stored. */
export const institutions = sqliteTable(
  'institutions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    registrationNo: text('registration_no'),
    registeringDept: text('registering_dept'),
    ownership: text('ownership', { enum: ['public', 'private', 'privatePublicAided'] }).notNull(),
    modeResidential: integer('mode_residential', { mode: 'boolean' }).notNull().default(false),
    modeDayCare: integer('mode_day_care', { mode: 'boolean' }).notNull().default(false),
    modeHomeCare: integer('mode_home_care', { mode: 'boolean' }).notNull().default(false),
    streetId: integer('street_id')
      .notNull()
      .references(() => divisions.id),
    communityId: integer('community_id').references(() => divisions.id),
    address: text('address').notNull(),
    beds: integer('beds').notNull().default(0),
    dayPlaces: integer('day_places').notNull().default(0),
    floorArea: integer('floor_area'),
    personInCharge: text('person_in_charge').notNull(),
    phone: text('phone').notNull(),
    // JSON array of service codes (domain/institution/services.ts).
    services: text('services', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    serviceContent: text('service_content'),
    designationNo: text('designation_no'),
    designationDate: text('designation_date'),
    status: text('status', { enum: ['operating', 'suspended', 'closed'] })
      .notNull()
      .default('operating'),
    remarks: text('remarks'),
    archivedAt: text('archived_at'),
    // Bumped on every update so a stale form cannot silently overwrite a colleague's change.
    version: integer('version').notNull().default(1),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex('institutions_credit_code_uq').on(t.creditCode),
    index('institutions_street_idx').on(t.streetId),
    index('institutions_name_idx').on(t.name),
  ],
);

/** 年度考核评估 of one institution. */
export const institutionAssessments = sqliteTable(
  'institution_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    year: integer('year').notNull(),
    score: integer('score'),
    grade: text('grade', { enum: ['excellent', 'good', 'pass', 'fail'] }).notNull(),
    commended: integer('commended', { mode: 'boolean' }).notNull().default(false),
    remarks: text('remarks'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('institution_assessments_year_uq').on(t.institutionId, t.year)],
);

export type InstitutionRow = typeof institutions.$inferSelect;
export type AssessmentRow = typeof institutionAssessments.$inferSelect;
