import type Database from 'better-sqlite3';
import { parseResidentId } from '#domain/identity/resident-id';
import { personCreateInput } from '#domain/person/schema';
import { nameKeys } from '#server/records/person-keys';
import { REFERENCE_DATE, type SyntheticPerson } from './synthetic-persons';

export interface BulkInsertOptions {
  /** Persons per transaction (a few transactions for a million); progress is reported in between. */
  commitEvery?: number;
  progressEvery?: number;
  /** Every n-th person is also run through the form's own input schema, as a check on the generator. */
  validateEvery?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BulkInsertResult {
  persons: number;
  guardians: number;
  surveys: number;
  enrolments: number;
}

/**
 * Writes generated persons with prepared statements, a chunk per transaction. Writes what the
 * services write: sex and birth date read from the ID, the certificate normalised, pinyin keys
 * from the same nameKeys, so search finds seeded people exactly as it finds clerk-entered ones.
 * The trigram index of the ID is filled by the same trigger as for any insert.
 */
export function bulkInsertPersons(
  sqlite: Database.Database,
  total: number,
  next: () => SyntheticPerson,
  options: BulkInsertOptions = {},
): BulkInsertResult {
  const commitEvery = options.commitEvery ?? 250_000;
  const progressEvery = options.progressEvery ?? 20_000;
  const validateEvery = options.validateEvery ?? 1_000;
  const insertPerson = sqlite.prepare(
    `INSERT INTO persons (name, name_pinyin, name_initials, resident_id, sex, birth_date, cert_number, category, level,
       cert_issue_date, hukou_street_id, hukou_community_id, residence_street_id, residence_community_id, address, phone,
       economic_status, status, archived_at)
     VALUES (@name, @namePinyin, @nameInitials, @residentId, @sex, @birthDate, @certNumber, @category, @level,
       @certIssueDate, @hukouStreetId, @hukouCommunityId, @residenceStreetId, @residenceCommunityId, @address, @phone,
       @economicStatus, @status, @archivedAt)`,
  );
  const insertGuardian = sqlite.prepare(
    'INSERT INTO guardians (person_id, name, relation, phone, resident_id, sort_order) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSurvey = sqlite.prepare(
    'INSERT INTO needs_surveys (person_id, survey_date, surveyor, wanted_mode, wanted_services) VALUES (?, ?, ?, ?, ?)',
  );
  const insertEnrolment = sqlite.prepare(
    'INSERT INTO enrolments (person_id, mode, institution_id, start_date, end_date, exit_reason) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // nameKeys is a pure function of the name and names repeat, so a bounded cache is exact.
  const keyCache = new Map<string, ReturnType<typeof nameKeys>>();
  const keysOf = (name: string) => {
    let keys = keyCache.get(name);
    if (!keys) {
      if (keyCache.size > 500_000) keyCache.clear();
      keys = nameKeys(name);
      keyCache.set(name, keys);
    }
    return keys;
  };
  const archivedAt = `${REFERENCE_DATE}T00:00:00.000Z`;
  const result: BulkInsertResult = { persons: 0, guardians: 0, surveys: 0, enrolments: 0 };

  const writeOne = (p: SyntheticPerson, index: number) => {
    if (validateEvery > 0 && index % validateEvery === 0) assertFormValid(p);
    const id = parseResidentId(p.residentId, REFERENCE_DATE);
    // The sampled form check above runs parseDisabilityCert itself; this cheap one covers every row.
    const cert = p.certNumber.toUpperCase();
    if (!id.ok || cert.slice(0, 18) !== id.value.id)
      throw new Error(`generator produced an invalid number: ${p.residentId} / ${p.certNumber}`);
    const personId = Number(
      insertPerson.run({
        name: p.name,
        ...keysOf(p.name),
        residentId: id.value.id,
        sex: id.value.sex,
        birthDate: id.value.birthDate,
        certNumber: cert,
        category: p.category,
        level: p.level,
        certIssueDate: p.certIssueDate,
        hukouStreetId: p.hukouStreetId,
        hukouCommunityId: p.hukouCommunityId,
        residenceStreetId: p.residenceStreetId,
        residenceCommunityId: p.residenceCommunityId,
        address: p.address,
        phone: p.phone,
        economicStatus: p.economicStatus,
        status: p.status,
        archivedAt: p.archived ? archivedAt : null,
      }).lastInsertRowid,
    );
    p.guardians.forEach((g, i) => insertGuardian.run(personId, g.name, g.relation, g.phone, g.residentId, i));
    for (const s of p.surveys)
      insertSurvey.run(personId, s.surveyDate, s.surveyor, s.wantedMode, JSON.stringify(s.wantedServices));
    for (const e of p.enrolments)
      insertEnrolment.run(personId, e.mode, e.institutionId, e.startDate, e.endDate, e.exitReason);
    result.persons += 1;
    result.guardians += p.guardians.length;
    result.surveys += p.surveys.length;
    result.enrolments += p.enrolments.length;
  };

  const writeChunk = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      writeOne(next(), i);
      if ((i + 1) % progressEvery === 0 && i + 1 < to) options.onProgress?.(i + 1, total);
    }
  });
  for (let from = 0; from < total; from += commitEvery) {
    const to = Math.min(total, from + commitEvery);
    writeChunk.immediate(from, to);
    options.onProgress?.(to, total);
  }
  return result;
}

/** The generator must only make people a clerk could have typed in: same schema as the form. */
function assertFormValid(p: SyntheticPerson): void {
  const parsed = personCreateInput.safeParse(p);
  if (!parsed.success) {
    throw new Error(
      `generated person fails the form's rules: ${p.name} ${p.residentId}: ${JSON.stringify(parsed.error.issues)}`,
    );
  }
}
