import { createRouterClient, ORPCError, type RouterClient } from '@orpc/server';
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { InstitutionCreateInput } from '../../domain/institution/schema';
import { type AppRouter, type Core, handlerOptions, router, startCore } from '../../server/core';
import type { FieldError } from '../../server/contract';
import { makeCreditCode } from '../fixtures/synthetic';

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
    const api: Api = createRouterClient(router, { context: core.context, interceptors: handlerOptions.clientInterceptors });
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
export function institutionInput(places: Places, overrides: Partial<InstitutionCreateInput> = {}): InstitutionCreateInput {
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
