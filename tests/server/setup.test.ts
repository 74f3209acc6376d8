import { describe, expect, it } from 'vitest';
import { parseCreditCode } from '#domain/identity/credit-code';
import { fieldsOf, refusal, rowCount, seedPlaces, useApp } from './helpers';

const app = useApp();

describe('setup/status', () => {
  it('asks for the first-run choice on a new register', async () => {
    const status = await app().api.setup.status();
    expect(status).toMatchObject({ needsFirstRunChoice: true, districtName: null, officeName: '', actor: 'tester' });
    expect(status.dataFile).toContain(app().dir);
  });

  it('stops asking once the office chose an empty register, also after a restart', async () => {
    const status = await app().api.setup.startEmpty();
    expect(status.needsFirstRunChoice).toBe(false);
    app().restart();
    expect((await app().api.setup.status()).needsFirstRunChoice).toBe(false);
    expect(app().sqlite.prepare("SELECT action, actor FROM audit_log WHERE action = 'setup.empty'").all()).toEqual([
      { action: 'setup.empty', actor: 'tester' },
    ]);
  });
});

describe('setup/loadDemo', () => {
  it('loads 龙岗区 with its 11 streets and about 20 institutions with valid credit codes', async () => {
    const status = await app().api.setup.loadDemo();
    expect(status).toMatchObject({
      needsFirstRunChoice: false,
      districtName: '龙岗区',
      officeName: '龙岗区残疾人联合会',
    });

    const tree = await app().api.divisions.tree({});
    expect(tree).toHaveLength(1);
    expect(tree[0]?.name).toBe('龙岗区');
    expect(tree[0]?.code).toBe('440307');
    const streets = tree[0]?.children ?? [];
    expect(streets).toHaveLength(11);
    expect(streets.map((s) => s.name)).toContain('平湖街道');
    for (const s of streets) {
      expect(s.code).toMatch(/^440307\d{3}000$/);
      expect(s.children.length).toBeGreaterThan(0);
      // Illustrative codes: the office must confirm them.
      expect(s.codeVerified).toBe(false);
    }

    const list = await app().api.institutions.list({ pageSize: 200 });
    expect(list.total).toBeGreaterThanOrEqual(18);
    expect(list.total).toBeLessThanOrEqual(22);
    expect(list.data).toHaveLength(list.total);
    for (const inst of list.data) {
      expect(inst.creditCode, inst.name).not.toBeNull();
      expect(parseCreditCode(inst.creditCode ?? '').ok, `${inst.name} ${inst.creditCode}`).toBe(true);
      expect(streets.map((s) => s.id)).toContain(inst.streetId);
    }
    // Every street has a day-care centre in the demo, as the 示范区 target asks.
    const stats = await app().api.institutions.stats();
    expect(stats.streetsTotal).toBe(11);
    expect(stats.streetsWithDayCare).toBe(11);
  });

  it('is refused a second time and changes nothing', async () => {
    await app().api.setup.loadDemo();
    const counts = () => ['divisions', 'institutions', 'audit_log'].map((t) => rowCount(app(), t));
    const before = counts();

    const error = await refusal(app().api.setup.loadDemo());
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'register', code: 'setup.demo.notEmpty' })]);
    expect(error.message).toContain('演示数据');
    expect(counts()).toEqual(before);
  });

  it('is refused once the office has entered its own divisions', async () => {
    await seedPlaces(app().api);
    const before = rowCount(app(), 'divisions');
    const error = await refusal(app().api.setup.loadDemo());
    expect(error.code).toBe('CONFLICT');
    expect(rowCount(app(), 'divisions')).toBe(before);
    expect(rowCount(app(), 'institutions')).toBe(0);
  });
});
