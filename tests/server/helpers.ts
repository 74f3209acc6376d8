import { createRouterClient, ORPCError, type RouterClient } from '@orpc/server';
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { InstitutionCreateInput } from '#domain/institution/schema';
import type { PersonCreateInput } from '#domain/person/schema';
import type { StaffCreateInput } from '#domain/staff/schema';
import { type AppRouter, type Core, handlerOptions, router, startCore } from '#server/core';
import type { FieldError } from '#server/contract';
import { makeCert, makeCreditCode, makeResidentId } from '../fixtures/synthetic';

export type Api = RouterClient<AppRouter>;

export interface TestApp {
  dir: string;
  core: Core;
  /** The router called the way a host calls it, with the hosts' own error mapping. */
  api: Api;
  sqlite: Database.Database;
  /** Closes the register and opens it again from the same folder, as after a restart. */
  restart(): void;
}

export function makeApp(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-server-'))): TestApp {
  const start = (): Pick<TestApp, 'core' | 'api' | 'sqlite'> => {
    const core = startCore({ dataDir: dir, actor: 'tester' });
    const api: Api = createRouterClient(router, {
      context: core.context,
      interceptors: handlerOptions.clientInterceptors,
    });
    return { core, api, sqlite: core.register.sqlite };
  };
  const app: TestApp = {
    dir,
    ...start(),
    restart() {
      app.core.close();
      Object.assign(app, start());
    },
  };
  return app;
}

/** A fresh register in its own temp folder for every test; closed and deleted afterwards. */
export function useApp(): () => TestApp {
  let app: TestApp | undefined;
  beforeEach(() => {
    app = makeApp();
  });
  afterEach(() => {
    if (!app) return;
    if (app.sqlite.open) app.core.close();
    fs.rmSync(app.dir, { recursive: true, force: true });
    app = undefined;
  });
  return () => {
    if (!app) throw new Error('useApp() is only available inside a test');
    return app;
  };
}

export type ApiError = ORPCError<string, { fields?: FieldError[] } | undefined>;

/** Awaits a call that must be refused and returns the error exactly as a client would see it. */
export async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(ORPCError);
    return error as ApiError;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

export const fieldsOf = (e: ApiError): FieldError[] => e.data?.fields ?? [];

export const rowCount = (app: TestApp, table: string): number =>
  (app.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Made-up but check-valid credit codes: n = 1, 2, 3 … never collide. */
export const creditCode = (n: number) => makeCreditCode(`52440307MJL${String(n).padStart(6, '0')}`);

export interface Places {
  districtId: number;
  streetA: number;
  streetB: number;
  communityA1: number;
  communityB1: number;
}

/** 测试区 with two streets and one community in each. */
export async function seedPlaces(api: Api): Promise<Places> {
  const district = await api.divisions.create({ parentId: null, code: '440307', name: '测试区' });
  const a = await api.divisions.create({ parentId: district.id, code: '440307001000', name: '甲街道' });
  const b = await api.divisions.create({ parentId: district.id, code: '440307002000', name: '乙街道' });
  const a1 = await api.divisions.create({ parentId: a.id, code: '440307001001', name: '甲一社区' });
  const b1 = await api.divisions.create({ parentId: b.id, code: '440307002001', name: '乙一社区' });
  return { districtId: district.id, streetA: a.id, streetB: b.id, communityA1: a1.id, communityB1: b1.id };
}

/** A valid day-care centre in street A; override any field. */
export function institutionInput(
  places: Places,
  overrides: Partial<InstitutionCreateInput> = {},
): InstitutionCreateInput {
  return {
    name: '测试阳光家园日间照料中心',
    creditCode: creditCode(1),
    ownership: 'private',
    modes: ['dayCare'],
    streetId: places.streetA,
    communityId: places.communityA1,
    address: '测试区测试路1号',
    beds: 0,
    dayPlaces: 20,
    personInCharge: '测试员',
    phone: '13800000000',
    services: ['dailyCare'],
    ...overrides,
  };
}

/** What a message shown to a clerk must never contain: code locations or error class names. */
export const STACK_LIKE = /\bat \S+ \(|\.ts:\d+|\.js:\d+|TypeError|SqliteError|ZodError|undefined/;

/**
 * A valid person (智力二级) living in street A, community A1. The ID is built from `birth` and
 * `seq` unless given, and the certificate from the ID with category 5 and level 2 unless given.
 */
export function personInput(
  places: Places,
  { birth = '1980-01-01', seq = 1, ...overrides }: Partial<PersonCreateInput> & { birth?: string; seq?: number } = {},
): PersonCreateInput {
  const residentId = overrides.residentId ?? makeResidentId({ birth, seq });
  return {
    name: '王芳',
    residentId,
    certNumber: makeCert(residentId, 5, 2),
    category: 'intellectual',
    level: 2,
    residenceStreetId: places.streetA,
    residenceCommunityId: places.communityA1,
    ...overrides,
  };
}

/** Row counts of the tables a person's record spreads over, to prove a refusal wrote nothing. */
export function personTableCounts(app: TestApp): Record<string, number> {
  const tables = ['persons', 'guardians', 'needs_surveys', 'enrolments', 'person_photos', 'audit_log'];
  return Object.fromEntries(tables.map((t) => [t, rowCount(app, t)]));
}

/** A full 18-character ID (or a 20+-character certificate number, which starts with one). */
export const FULL_ID = /\d{17}[\dX]/;

/** Every string anywhere inside a value, with the path it was found at. */
export function stringsIn(value: unknown, at = '$'): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${at}.${k}`));
  return [];
}

/**
 * A valid care worker (护理岗) employed by the office itself (公益岗) unless `employerInstitutionId`
 * is given. The ID is built from `birth` and `seq` unless given (odd seq: male).
 */
export function staffInput({
  birth = '1985-03-01',
  seq = 1,
  ...overrides
}: Partial<StaffCreateInput> & { birth?: string; seq?: number } = {}): StaffCreateInput {
  return {
    name: '陈静',
    residentId: makeResidentId({ birth, seq }),
    phone: '13700001111',
    employerInstitutionId: null,
    post: 'nursing',
    hireDate: '2024-03-01',
    leaveDate: null,
    ...overrides,
  };
}

/** Records a training for a staff member (passed unless told), ending on `endDate`. */
export function addTraining(
  api: Api,
  staffId: number,
  { endDate = '2026-01-10', result = 'pass' as 'pass' | 'fail' } = {},
) {
  return api.staff.addTraining({
    staffId,
    course: '托养服务岗前培训',
    organiser: '区残联',
    startDate: endDate,
    endDate,
    hours: 16,
    result,
  });
}
