import { count, isNull } from 'drizzle-orm';
import { getMeta, setMeta } from '#db';
import { divisions, institutions } from '#db/schema';
import { creditCodeCheckChar } from '#domain/identity/credit-code';
import { officeName } from '#domain/office';
import type { SetupStatus } from '#server/contract/types';
import { conflict, inTransaction, type ServiceContext, writeAudit } from '#server/kernel';
import { DEMO_DISTRICT, DEMO_INSTITUTIONS, DEMO_STREETS } from './demo-data';
import { ensureOfficeKeys } from './office-service';

const FIRST_RUN_KEY = 'first_run_choice';

export function setupStatus(ctx: ServiceContext): SetupStatus {
  const choice = getMeta(ctx.db, FIRST_RUN_KEY);
  const district = ctx.db.select({ name: divisions.name }).from(divisions).where(isNull(divisions.parentId)).get();
  return {
    needsFirstRunChoice: choice === null && !district,
    districtName: district?.name ?? null,
    officeName: officeName(district?.name ?? null),
    actor: ctx.actor,
    appVersion: ctx.appVersion,
    dataFile: ctx.dataFile,
  };
}

export function startEmpty(ctx: ServiceContext): SetupStatus {
  inTransaction(ctx, (tx) => {
    setMeta(tx, FIRST_RUN_KEY, 'empty');
    // The office's package-signing key is made with the register, before any package is needed.
    ensureOfficeKeys(tx, ctx);
    writeAudit(tx, ctx, { action: 'setup.empty', entity: 'register', entityId: null });
  });
  return setupStatus(ctx);
}

/** Loads the demo district only into an empty register, so it can never mix with real records. */
export function loadDemo(ctx: ServiceContext): SetupStatus {
  inTransaction(ctx, (tx) => {
    const used =
      (tx.select({ n: count() }).from(divisions).get()?.n ?? 0) +
      (tx.select({ n: count() }).from(institutions).get()?.n ?? 0);
    if (used > 0) throw conflict('register', 'setup.demo.notEmpty');
    const district = tx
      .insert(divisions)
      .values({ code: DEMO_DISTRICT.code, name: DEMO_DISTRICT.name, level: 'district', codeVerified: true })
      .returning()
      .get();
    const streetIds = new Map<string, number>();
    DEMO_STREETS.forEach((s, i) => {
      const streetCode = `${DEMO_DISTRICT.code}${String(i + 1).padStart(3, '0')}000`;
      const row = tx
        .insert(divisions)
        .values({ code: streetCode, name: s.name, level: 'street', parentId: district.id, sortOrder: i })
        .returning()
        .get();
      streetIds.set(s.name, row.id);
      s.communities.forEach((c, j) => {
        tx.insert(divisions)
          .values({
            code: `${streetCode.slice(0, 9)}${String(j + 1).padStart(3, '0')}`,
            name: c,
            level: 'community',
            parentId: row.id,
            sortOrder: j,
          })
          .run();
      });
    });
    DEMO_INSTITUTIONS.forEach((d, i) => {
      const streetId = streetIds.get(d.street);
      if (streetId === undefined) throw new Error(`demo street missing: ${d.street}`);
      // 52 = 民政 / 民办非企业单位, 12 = 机构编制 / 事业单位; the rest is invented but check-valid.
      const body = `${d.ownership === 'public' ? '12' : '52'}440307MJ${String(100000 + i * 7919).slice(-6)}${i % 10}`;
      tx.insert(institutions)
        .values({
          name: d.name,
          creditCode: body + creditCodeCheckChar(body),
          registeringDept: d.ownership === 'public' ? '深圳市龙岗区委机构编制委员会办公室' : '深圳市龙岗区民政局',
          ownership: d.ownership,
          modeResidential: d.modes.includes('residential'),
          modeDayCare: d.modes.includes('dayCare'),
          modeHomeCare: d.modes.includes('homeCare'),
          streetId,
          address: `深圳市龙岗区${d.street}${['龙翔大道', '深惠路', '布龙路', '平安大道', '吉华路'][i % 5]}${100 + i * 13}号`,
          beds: d.beds,
          dayPlaces: d.dayPlaces,
          floorArea: 300 + d.beds * 25 + d.dayPlaces * 8,
          personInCharge: d.person,
          phone: `1380755${String(1000 + i * 37).slice(-4)}`,
          services: d.services,
          designationNo: d.designated ? `龙岗阳光家园〔2025〕${String(i + 1).padStart(3, '0')}号` : null,
          designationDate: d.designated ? '2025-06-18' : null,
        })
        .run();
    });
    setMeta(tx, FIRST_RUN_KEY, 'demo');
    ensureOfficeKeys(tx, ctx);
    writeAudit(tx, ctx, {
      action: 'setup.demo',
      entity: 'register',
      entityId: null,
      after: { institutions: DEMO_INSTITUTIONS.length },
    });
  });
  return setupStatus(ctx);
}
