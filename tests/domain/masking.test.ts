import { describe, expect, it } from 'vitest';
import { maskBankAccount, maskCertNumber, maskPhone, maskResidentId } from '#domain/masking';

describe('maskResidentId', () => {
  it('shows the first 6 and last 4 of an 18-character ID', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('440524188001010014')).toBe('440524********0014');
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
  });

  it('hides the birth date of a 15-digit legacy ID too', () => {
    expect(maskResidentId('440307800101001')).toBe('440307*****1001');
  });

  it('masks odd input completely but keeps its length', () => {
    expect(maskResidentId('12345')).toBe('*****');
    expect(maskResidentId('1101051949123100')).toBe('****************');
    expect(maskResidentId('11010519491231002Y')).toBe('******************');
    expect(maskResidentId('张三')).toBe('**');
    expect(maskResidentId('')).toBe('');
  });

  it('ignores surrounding spaces', () => {
    expect(maskResidentId(' 11010519491231002X ')).toBe('110105********002X');
  });
});

describe('maskPhone', () => {
  it('shows first 3 and last 4 of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });

  it('keeps the area code and the last digits of a landline', () => {
    expect(maskPhone('0755-12345678')).toBe('0755-****5678');
    expect(maskPhone('(0755)12345678')).toBe('0755-****5678');
    expect(maskPhone('（0755）1234567')).toBe('0755-****567');
    expect(maskPhone('075512345678')).toBe('0755-****5678');
    expect(maskPhone('010-87654321')).toBe('010-****4321');
    expect(maskPhone('02087654321')).toBe('020-****4321');
    expect(maskPhone('0451-7654321')).toBe('0451-****321');
  });

  it('masks a local number written without area code', () => {
    expect(maskPhone('87654321')).toBe('****4321');
    expect(maskPhone('7654321')).toBe('****321');
  });

  it('masks anything else completely, keeping its length', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('1381234567')).toBe('**********');
    expect(maskPhone('+8613812345678')).toBe('**************');
    expect(maskPhone('ext. 12')).toBe('*******');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskBankAccount', () => {
  it('shows only the last 4 characters', () => {
    expect(maskBankAccount('6222021234567890123')).toBe('***************0123');
    expect(maskBankAccount('6222 0212 3456 7890 123')).toBe('***************0123');
    expect(maskBankAccount('44050123456789')).toBe('**********6789');
  });

  it('masks very short input completely', () => {
    expect(maskBankAccount('1234')).toBe('****');
    expect(maskBankAccount('12')).toBe('**');
    expect(maskBankAccount('')).toBe('');
  });
});

describe('maskCertNumber', () => {
  it('masks the holder ID inside the certificate number as maskResidentId does, and keeps the category and level digits', () => {
    expect(maskCertNumber('11010519491231002X12')).toBe('110105********002X12');
    expect(maskCertNumber('44052418800101001441')).toBe('440524********001441');
  });

  it('masks a number that does not start with an ID completely', () => {
    expect(maskCertNumber('ABC12')).toBe('*****');
  });
});
