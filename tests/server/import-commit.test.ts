import { describe, expect, it } from 'vitest';
import { messyPersonsWorkbook, type MessyWorkbook } from '../fixtures/messy-sheets';
import { makeResidentId } from '../fixtures/synthetic';
import {
  fieldsOf,
  institutionInput,
  personInput,
  personTableCounts,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  type Places,
  type TestApp,
  useApp,
} from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const DAY_CARE = '测试阳光家园日间照料中心';
const REGISTERED = makeResidentId({ birth: '1960-01-01', seq: 5 });

async function setup(): Promise<{ a: TestApp; wb: MessyWorkbook; places: Places }> {
  const a = app();
  const places = await seedPlaces(a.api);
  await a.api.institutions.create(institutionInput(places, { name: DAY_CARE }));
  await a.api.persons.create(personInput(places, { name: '孙立新', residentId: REGISTERED }));
  const wb = await messyPersonsWorkbook({ street: '甲街道', community: '甲一社区', dayCare: DAY_CARE }, REGISTERED);
  return { a, wb, places };
}

const templateRows = (a: TestApp) =>
  (a.sqlite.prepare("SELECT count(*) AS n FROM schema_meta WHERE key LIKE 'import.template.%'").get() as { n: number })
    .n;

describe('imports/commit: all or nothing', () => {
  it('writes nothing at all when one insert fails half-way, and can then be committed', async () => {
    const { a, wb } = await setup();
    const before = personTableCounts(a);
    // A row near the end of the sheet fails inside the transaction, after earlier rows went in.
    const last = wb.valid.at(-1);
    a.sqlite.exec(
      `CREATE TRIGGER forced_failure BEFORE INSERT ON persons WHEN NEW.name = '${last?.name}' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
    );
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const e = await refusal(commit(a.api, runOf(s)));
    expect(e.message).toBe('系统内部错误，操作未生效。请重试，如仍失败请联系管理员');
    expect(e.message).not.toMatch(STACK_LIKE);
    expect(personTableCounts(a)).toEqual(before);
    expect(templateRows(a)).toBe(0);

    a.sqlite.exec('DROP TRIGGER forced_failure');
    const { result } = await commit(a.api, runOf(s));
    expect(result.created).toBe(wb.valid.length);
    expect(rowCount(a, 'persons')).toBe((before.persons ?? 0) + wb.valid.length);
  });

  it('refuses a second commit of the same file', async () => {
    const { a, wb } = await setup();
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    await commit(a.api, runOf(s));
    const e = await refusal(commit(a.api, runOf(s)));
    expect(fieldsOf(e)[0]?.code).toBe('import.session.committed');
  });

  it('checks again when the register changed after the preview: a person registered meanwhile is now a duplicate', async () => {
    const { a, wb, places } = await setup();
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const { preview: p } = await preview(a.api, runOf(s));
    expect(p.validRows).toBe(wb.valid.length);
    const taken = wb.valid[0];
    await a.api.persons.create(personInput(places, { residentId: taken?.residentId, name: '王芳' }));
    const { result, preview: checked } = await commit(a.api, runOf(s));
    expect(result.created).toBe(wb.valid.length - 1);
    expect(checked.errors.find((x) => x.row === taken?.row)).toMatchObject({ code: 'import.duplicate.person' });
  });
});

describe('remembered templates', () => {
  it('remembers the mapping of a committed import for sheets with the same headers', async () => {
    const { a, wb } = await setup();
    const first = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    expect(first.templateUsed).toBe(false);
    // The clerk leaves 备注 and the guardian's phone out of this import.
    const mapping = { ...first.mapping, remarks: null, guardianPhone: null };
    await commit(a.api, { ...runOf(first), mapping });

    const again = await openFile(a.api, 'persons', '下个月的花名册.xlsx', wb.buffer);
    expect(again.templateUsed).toBe(true);
    expect(again.mapping).toEqual(mapping);
  });

  it('does not remember a mapping that was only previewed', async () => {
    const { a, wb } = await setup();
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    await preview(a.api, { ...runOf(s), mapping: { ...s.mapping, remarks: null } });
    expect((await openFile(a.api, 'persons', wb.fileName, wb.buffer)).templateUsed).toBe(false);
  });
});
