import { describe, expect, it } from 'vitest';
import { cleanUserText } from '#domain/text';
import {
  fieldsOf,
  institutionInput,
  personInput,
  personTableCounts,
  refusal,
  seedPlaces,
  staffInput,
  useApp,
} from './helpers';

describe('careless text in the registers’ create and update', () => {
  const app = useApp();

  it('stores addresses, names and remarks without control, zero-width or bidi characters', async () => {
    const { api, sqlite } = app();
    const places = await seedPlaces(api);
    const person = await api.persons.create(
      personInput(places, {
        name: '\u3000王\u200b芳\u3000',
        address: '测试\u202e路\u00001号\u200d',
        remarks: '第一行\r\n第二行\t完',
      }),
    );
    const row = sqlite.prepare('SELECT name, address, remarks FROM persons WHERE id = ?').get(person.id);
    expect(row).toEqual({ name: '王芳', address: '测试路1号', remarks: '第一行\n第二行 完' });

    const inst = await api.institutions.create(
      institutionInput(places, { name: '测试\u0000阳光家园\u2066中心', personInCharge: '测试员\ufeff' }),
    );
    expect(sqlite.prepare('SELECT name, person_in_charge AS p FROM institutions WHERE id = ?').get(inst.id)).toEqual({
      name: '测试阳光家园中心',
      p: '测试员',
    });

    const staff = await api.staff.create(staffInput({ remarks: '\u0007备注\u200f' }));
    expect(sqlite.prepare('SELECT remarks FROM staff WHERE id = ?').get(staff.id)).toEqual({ remarks: '备注' });
  });

  it('a required field of invisible characters only is missing, not stored', async () => {
    const { api } = app();
    const places = await seedPlaces(api);
    const before = personTableCounts(app());
    const e = await refusal(api.persons.create(personInput(places, { name: '\u200b\u0000\u202e' })));
    expect(e.status).toBe(400);
    expect(fieldsOf(e)).toContainEqual(expect.objectContaining({ field: 'name', code: 'person.name.required' }));
    expect(personTableCounts(app())).toEqual(before);
  });

  it('keeps emoji and refuses 10,000 characters with the length message', async () => {
    const { api, sqlite } = app();
    const places = await seedPlaces(api);
    const p = await api.persons.create(personInput(places, { address: '测试路😀1号' }));
    expect(sqlite.prepare('SELECT address FROM persons WHERE id = ?').get(p.id)).toEqual({ address: '测试路😀1号' });
    const e = await refusal(api.persons.create(personInput(places, { seq: 3, remarks: '长'.repeat(10_000) })));
    expect(fieldsOf(e)).toContainEqual(expect.objectContaining({ field: 'remarks', message: '内容过长，请精简' }));
  });

  it('cleanUserText leaves ordinary text alone', () => {
    expect(cleanUserText('阿依古丽·买买提 A-1号\n二楼')).toBe('阿依古丽·买买提 A-1号\n二楼');
  });
});
