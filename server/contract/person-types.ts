import type { CareMode } from '#domain/institution/enums';
import type { EconomicStatus, ExitReason, PersonStatus, WantedMode } from '#domain/person/enums';
import type { ReviewFinding } from '#domain/person/review';

/** IDs leave the server masked (first 6 + last 4); the full number only through persons/reveal. */
export interface PersonListItem {
  id: number;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  residentIdMasked: string;
  category: string;
  level: number;
  residenceStreetName: string;
  residenceCommunityName: string | null;
  phoneMasked: string | null;
  status: PersonStatus;
  enrolment: { mode: CareMode; institutionName: string | null; startDate: string } | null;
  archived: boolean;
}

export interface Guardian {
  name: string;
  relation: string;
  phone: string | null;
  residentIdMasked: string | null;
}

export interface Person extends Omit<PersonListItem, 'enrolment' | 'phoneMasked'> {
  certNumberMasked: string;
  certIssueDate: string | null;
  hukouStreetId: number | null;
  hukouCommunityId: number | null;
  hukouStreetName: string | null;
  hukouCommunityName: string | null;
  residenceStreetId: number;
  residenceCommunityId: number | null;
  address: string | null;
  phone: string | null;
  economicStatus: EconomicStatus;
  guardians: Guardian[];
  remarks: string | null;
  hasPhoto: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The unmasked record, for the edit form only (opening it is audited as a reveal). */
export interface PersonForEdit extends Omit<Person, 'guardians'> {
  residentId: string;
  certNumber: string;
  guardians: { name: string; relation: string; phone: string | null; residentId: string | null }[];
}

export interface Survey {
  id: number;
  personId: number;
  surveyDate: string;
  surveyor: string;
  wantedMode: WantedMode;
  wantedServices: string[];
  remarks: string | null;
}

export interface Enrolment {
  id: number;
  personId: number;
  mode: CareMode;
  institutionId: number | null;
  institutionName: string | null;
  startDate: string;
  endDate: string | null;
  exitReason: ExitReason | null;
  remarks: string | null;
}

export interface Occupancy {
  used: number;
  capacity: number;
  /** Percent, one decimal; null when the institution has no places of this kind. */
  rate: number | null;
}

export interface Recipient {
  enrolmentId: number;
  personId: number;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  residentIdMasked: string;
  mode: CareMode;
  startDate: string;
}

export interface InstitutionRecipients {
  recipients: Recipient[];
  residential: Occupancy;
  dayCare: Occupancy;
}

export interface ReviewRow {
  person: PersonListItem;
  findings: ReviewFinding[];
  enrolmentId: number | null;
}
