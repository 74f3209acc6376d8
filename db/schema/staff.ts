import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { institutions } from './institutions';
import { persons } from './persons';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** 服务人员. employer_institution_id null = the office's own 公益岗 home-care posts. */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    residentId: text('resident_id').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    phone: text('phone'),
    employerInstitutionId: integer('employer_institution_id').references(() => institutions.id),
    post: text('post').notNull(),
    hireDate: text('hire_date'),
    leaveDate: text('leave_date'),
    remarks: text('remarks'),
    archivedAt: text('archived_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('staff_resident_id_uq').on(t.residentId),
    index('staff_name_idx').on(t.name),
    index('staff_initials_idx').on(t.nameInitials),
    index('staff_pinyin_idx').on(t.namePinyin),
    index('staff_employer_idx').on(t.employerInstitutionId),
  ],
);

export const staffPhotos = sqliteTable('staff_photos', {
  staffId: integer('staff_id')
    .primaryKey()
    .references(() => staff.id),
  mime: text('mime').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

/** 职业/执业资格. */
export const qualifications = sqliteTable(
  'qualifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    type: text('type').notNull(),
    number: text('number').notNull(),
    issuer: text('issuer'),
    issueDate: text('issue_date'),
    expiryDate: text('expiry_date'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('qualifications_staff_idx').on(t.staffId)],
);

/** A course held once for many attendees (batch entry); each attendee gets a training record. */
export const trainingSessions = sqliteTable('training_sessions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  course: text('course').notNull(),
  organiser: text('organiser'),
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
  hours: integer('hours').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

export const trainingRecords = sqliteTable(
  'training_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    sessionId: integer('session_id').references(() => trainingSessions.id),
    course: text('course').notNull(),
    organiser: text('organiser'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    hours: integer('hours').notNull(),
    result: text('result', { enum: ['pass', 'fail'] }).notNull(),
    certificateNo: text('certificate_no'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('training_records_staff_idx').on(t.staffId)],
);

/** 上岗证. Numbers are unique forever; year + seq record where the number came from. */
export const workPermits = sqliteTable(
  'work_permits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    issueDate: text('issue_date').notNull(),
    validUntil: text('valid_until').notNull(),
    issuer: text('issuer').notNull(),
    trainingRecordId: integer('training_record_id')
      .notNull()
      .references(() => trainingRecords.id),
    status: text('status', { enum: ['valid', 'suspended', 'revoked'] })
      .notNull()
      .default('valid'),
    statusReason: text('status_reason'),
    statusChangedAt: text('status_changed_at'),
    renewedFromId: integer('renewed_from_id'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('work_permits_number_uq').on(t.number),
    uniqueIndex('work_permits_year_seq_uq').on(t.year, t.seq),
    index('work_permits_staff_idx').on(t.staffId),
    index('work_permits_valid_until_idx').on(t.validUntil),
  ],
);

/** The last 上岗证 sequence number used per year; bumped in the issuing transaction. */
export const permitSequences = sqliteTable('permit_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** 志愿者 with a professional background, linked to the institutions or recipients they support. */
export const volunteers = sqliteTable('volunteers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  phone: text('phone'),
  backgrounds: text('backgrounds', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  organisation: text('organisation'),
  hoursServed: integer('hours_served').notNull().default(0),
  remarks: text('remarks'),
  archivedAt: text('archived_at'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const volunteerLinks = sqliteTable(
  'volunteer_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    institutionId: integer('institution_id').references(() => institutions.id),
    personId: integer('person_id').references(() => persons.id),
  },
  (t) => [
    index('volunteer_links_volunteer_idx').on(t.volunteerId),
    index('volunteer_links_institution_idx').on(t.institutionId),
  ],
);
