import type { PermitStanding } from '#domain/staff/permit';
import type {
  PermitStatus,
  QualificationType,
  StaffPost,
  TrainingResult,
  VolunteerBackground,
} from '#domain/staff/enums';

export interface PermitSummary {
  id: number;
  number: string;
  issueDate: string;
  validUntil: string;
  issuer: string;
  status: PermitStatus;
  statusReason: string | null;
  /** On today's date: valid, expiring (within the warning window), expired, suspended or revoked. */
  standing: PermitStanding;
}

export interface StaffListItem {
  id: number;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  residentIdMasked: string;
  phoneMasked: string | null;
  employerInstitutionId: number | null;
  /** Null: the office's own 公益岗 post. */
  employerName: string | null;
  post: StaffPost;
  hireDate: string | null;
  leaveDate: string | null;
  permit: PermitSummary | null;
  archived: boolean;
}

export interface Staff extends StaffListItem {
  phone: string | null;
  remarks: string | null;
  hasPhoto: boolean;
  version: number;
}

export interface StaffForEdit extends Staff {
  residentId: string;
}

export interface Qualification {
  id: number;
  staffId: number;
  type: QualificationType;
  number: string;
  issuer: string | null;
  issueDate: string | null;
  expiryDate: string | null;
}

export interface TrainingRecord {
  id: number;
  staffId: number;
  sessionId: number | null;
  course: string;
  organiser: string | null;
  startDate: string;
  endDate: string;
  hours: number;
  result: TrainingResult;
  certificateNo: string | null;
}

export interface Permit extends PermitSummary {
  staffId: number;
  year: number;
  seq: number;
  trainingRecordId: number;
  statusChangedAt: string | null;
}

export interface PermitWorkItem {
  staff: StaffListItem;
  reason: 'noPermit' | Exclude<PermitStanding, 'valid'>;
}

/** Head counts of live staff per employer and post (null employer: the office's 公益岗). */
export interface StaffingRow {
  employerInstitutionId: number | null;
  employerName: string | null;
  counts: Partial<Record<StaffPost, number>>;
  total: number;
  withValidPermit: number;
}

export interface Volunteer {
  id: number;
  name: string;
  phoneMasked: string | null;
  phone: string | null;
  backgrounds: VolunteerBackground[];
  organisation: string | null;
  hoursServed: number;
  institutions: { id: number; name: string }[];
  persons: { id: number; name: string }[];
  remarks: string | null;
  archived: boolean;
  version: number;
}
