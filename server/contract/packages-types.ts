/** What the packages API returns. Plain JSON; codes and sequence-like numbers as the register holds them. */

import type { OfficeIdentity } from '#domain/office';
import type { SheetEntity, SheetKind } from '#domain/registers';

export type { OfficeIdentity, OfficeLevel } from '#domain/office';

/** 本单位 as the packages panel shows it. */
export interface OfficeInfo {
  office: OfficeIdentity | null;
  /** True while the office is the register's default (its district) and has not been saved. */
  derived: boolean;
  /** The public key's fingerprint in groups of four, for reading out by phone. */
  fingerprint: string;
  nextSequence: number;
  lastExport: { sequence: number; at: string } | null;
  canExport: boolean;
  canImport: boolean;
}

/** A file the register wrote and read back, offered for download in the browser host. */
export interface SavedPackageFile {
  path: string;
  fileName: string;
  bytes: number;
  downloadId: string;
}

/** The parts of a package: the divisions, then every register that travels (domain/registers.ts). */
export type PackagePart = 'divisions' | SheetKind;

export interface PackageExportResult extends SavedPackageFile {
  sequence: number;
  period: { from: string; to: string };
  rows: Record<PackagePart, number>;
}

/** What a .shrkey file says, for the clerk to compare its fingerprint before registering. */
export interface KeyFileInfo extends OfficeIdentity {
  fingerprint: string;
}

/** 下级单位 registered to send packages here. */
export interface LowerOffice extends OfficeIdentity {
  id: number;
  fingerprint: string;
  lastSequence: number;
  lastImportedAt: string | null;
  registeredBy: string;
  registeredAt: string;
  archived: boolean;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

export interface PackageImportResult {
  /** alreadyImported: this very package was applied before; nothing was changed. */
  status: 'imported' | 'alreadyImported';
  office: { code: string; name: string };
  sequence: number;
  createdAt: string;
  counts: Record<PackagePart, MergeCounts> | null;
  /** Numbers the clerk confirmed as lost and skipped on this import ([] when none). */
  skipped: number[];
}

export type ConflictEntity = SheetEntity;

export interface ConflictDifference {
  field: string;
  /** JSON values as held here and as the package has them; resident IDs masked. */
  local: unknown;
  incoming: unknown;
}

/** 冲突: the same record with other data from a lower office; nothing was overwritten. */
export interface PackageConflict {
  id: number;
  office: { code: string; name: string };
  sequence: number;
  entity: ConflictEntity;
  /** The record's name, and its key (resident ID masked; an institution's credit code or name). */
  name: string;
  keyMasked: string;
  localRecordId: number | null;
  reason: 'differs' | 'permitTaken';
  status: 'open' | 'kept' | 'taken';
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  differences: ConflictDifference[];
}

/** One line of 交换记录. */
export interface PackageLogEntry {
  id: number;
  at: string;
  actor: string;
  direction: 'export' | 'import';
  outcome: 'exported' | 'imported' | 'alreadyImported' | 'refused';
  officeCode: string | null;
  officeName: string | null;
  sequence: number | null;
  fileName: string | null;
  fileSha256: string | null;
  rows: Record<string, number> | null;
  counts: Record<PackagePart, MergeCounts> | null;
  reasonCode: string | null;
  reasonParams: Record<string, string | number> | null;
}

/** 来源单位 of a record; null from the API means this office entered it. */
export interface RecordOrigin {
  code: string;
  name: string;
  sequence: number;
  at: string;
}
