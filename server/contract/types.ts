export type * from './person-types';
export type * from './staff-types';
import type {
  CareMode,
  InstitutionService,
  InstitutionStatus,
  Ownership,
  AssessmentGrade,
} from '#domain/institution/enums';
import type { DivisionLevel } from '#domain/division/codes';

/** What the API returns. Plain JSON: IDs and codes are strings, money is integer fen. */
export interface Division {
  id: number;
  code: string;
  name: string;
  level: DivisionLevel;
  parentId: number | null;
  codeVerified: boolean;
  archived: boolean;
}

export interface DivisionNode extends Division {
  children: DivisionNode[];
}

export interface Institution {
  id: number;
  name: string;
  creditCode: string | null;
  registrationNo: string | null;
  registeringDept: string | null;
  ownership: Ownership;
  modes: CareMode[];
  streetId: number;
  streetName: string;
  communityId: number | null;
  communityName: string | null;
  address: string;
  beds: number;
  dayPlaces: number;
  floorArea: number | null;
  personInCharge: string;
  phone: string;
  services: InstitutionService[];
  serviceContent: string | null;
  designationNo: string | null;
  designationDate: string | null;
  status: InstitutionStatus;
  remarks: string | null;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Assessment {
  id: number;
  institutionId: number;
  year: number;
  score: number | null;
  grade: AssessmentGrade;
  commended: boolean;
  remarks: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface Page<T> {
  data: T[];
  total: number;
}

/** One field that failed a rule: `code` is a message code, `message` its zh-CN text. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface SetupStatus {
  /** True until the office has chosen demo data or an empty register. */
  needsFirstRunChoice: boolean;
  districtName: string | null;
  /** 龙岗区残疾人联合会: the issuing unit printed on documents and permits. */
  officeName: string;
  actor: string;
  appVersion: string;
  dataFile: string;
}

/** Live indicators for the home page (示范区 targets: a care centre in every street). */
export interface InstitutionStats {
  total: number;
  designated: number;
  beds: number;
  dayPlaces: number;
  streetsTotal: number;
  streetsWithDayCare: number;
}

/** One line of the print history (打印记录). */
export interface PrintJob {
  id: number;
  at: string;
  actor: string;
  document: string;
  templateVersion: number;
  title: string;
  recordIds: number[];
  pages: number;
  copies: number;
  output: 'print' | 'pdf';
}
