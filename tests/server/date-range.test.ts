import { describe, expect, it } from 'vitest';
import { isRegisterDate } from '#domain/dates';
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

describe('dates outside the register’s years', () => {
  const app = useApp();

  it('isRegisterDate takes 1900–2099 calendar days only', () => {
    expect(['1900-01-01', '2024-02-29', '2099-12-31'].map(isRegisterDate)).toEqual([true, true, true]);
    expect(
      ['0000-01-01', '0001-01-01', '1850-01-01', '1899-12-31', '2100-01-01', '9999-12-31', '2100-02-29'].map(
        isRegisterDate,
      ),
    ).toEqual(Array(7).fill(false));
  });

  it('refuses 0001, 1850 and 9999 in person, institution and staff dates with the range message, storing nothing', async () => {
    const { api } = app();
    const places = await seedPlaces(api);
    const before = personTableCounts(app());
    for (const day of ['0001-01-01', '1850-01-01', '9999-12-31']) {
      const e = await refusal(api.persons.create(personInput(places, { certIssueDate: day })));
      expect(e.status).toBe(400);
      expect(fieldsOf(e)).toContainEqual({
        field: 'certIssueDate',
        code: 'field.dateRange',
        message: '日期应在1900年至2099年之间，请核对年份',
      });
    }
    expect(personTableCounts(app())).toEqual(before);
    const i = await refusal(api.institutions.create(institutionInput(places, { designationDate: '9999-12-31' })));
    expect(fieldsOf(i)).toContainEqual(expect.objectContaining({ field: 'designationDate', code: 'field.dateRange' }));
    const s = await refusal(api.staff.create(staffInput({ hireDate: '1850-01-01' })));
    expect(fieldsOf(s)).toContainEqual(expect.objectContaining({ field: 'hireDate', code: 'field.dateRange' }));
  });

  it('an impossible day keeps the one date message, not the range one', async () => {
    const { api } = app();
    const places = await seedPlaces(api);
    const e = await refusal(api.persons.create(personInput(places, { certIssueDate: '2100-02-29' })));
    expect(fieldsOf(e)).toEqual([expect.objectContaining({ field: 'certIssueDate', code: 'field.date' })]);
    await expect(api.persons.create(personInput(places, { certIssueDate: '2024-02-29' }))).resolves.toMatchObject({
      id: expect.any(Number),
    });
  });
});
