import { describe, expect, it } from 'vitest';
import { isValidPhone, normalizePhone, parsePhone } from '#domain/contact';
import { personCreateInput } from '#domain/person/schema';

describe('parsePhone', () => {
  it('stores a mobile as its 11 digits however it was written', () => {
    const written = [
      '13605865048',
      '136-0586 5048',
      '136-0586-5048',
      '136 0586 5048',
      '136.0586.5048',
      '+86 136 0586 5048',
      '+86-13605865048',
      '0086 13605865048',
      '86 13605865048',
      '１３６０５８６５０４８',
      '136－0586－5048',
      '(136)05865048',
      ' 13605865048 ',
    ];
    for (const w of written) expect(parsePhone(w), w).toBe('13605865048');
  });

  it('stores a landline as area code, hyphen, local number', () => {
    const cases: [string, string][] = [
      ['(0755)12345678', '0755-12345678'],
      ['（0755）12345678', '0755-12345678'],
      ['0755-12345678', '0755-12345678'],
      ['0755 1234 5678', '0755-12345678'],
      ['075512345678', '0755-12345678'],
      ['0755.12345678', '0755-12345678'],
      ['+86 755 12345678', '0755-12345678'],
      ['0086-755-12345678', '0755-12345678'],
      ['010-87654321', '010-87654321'],
      ['01087654321', '010-87654321'],
      ['(020)3456789', '020-3456789'],
      ['０７５５－１２３４５６７８', '0755-12345678'],
      ['0755—12345678', '0755-12345678'],
    ];
    for (const [w, stored] of cases) expect(parsePhone(w), w).toBe(stored);
  });

  it('keeps an extension after the local number', () => {
    expect(parsePhone('0755-12345678-801')).toBe('0755-12345678-801');
    expect(parsePhone('0755-12345678转801')).toBe('0755-12345678-801');
    expect(parsePhone('(0755)12345678 分机 801')).toBe('0755-12345678-801');
    expect(parsePhone('0755-12345678 ext. 801')).toBe('0755-12345678-801');
  });

  it('refuses what is not a phone number', () => {
    const bad = [
      '12345',
      '1360586504',
      '136058650481',
      '12605865048',
      '12345678',
      '755-12345678',
      '0755-123456',
      '0755-123456789',
      '0755-02345678',
      '13605865048转801',
      'abc',
      '136-0586-5048 或 139',
      '',
      '0755-12345678-1234567',
    ];
    for (const b of bad) expect(parsePhone(b), b).toBeNull();
    expect(isValidPhone('136-0586 5048')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
    expect(normalizePhone(' 12345 ')).toBe('12345');
  });

  it('is the rule the person schema applies (zod, forms and import alike)', () => {
    const guardian = { name: '王芳', relation: '母亲', phone: '(0755)12345678' };
    const r = personCreateInput.shape.phone.safeParse('136-0586 5048');
    expect(r).toMatchObject({ success: true, data: '13605865048' });
    const g = personCreateInput.shape.guardians.safeParse([guardian]);
    expect(g.success && g.data[0]?.phone).toBe('0755-12345678');
  });
});
