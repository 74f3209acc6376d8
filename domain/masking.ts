// Masking for screens, exports and public notices (公示). What stays visible is what the
// notice rules allow: ID first 6 + last 4, mobile first 3 + last 4, bank account last 4.
// Anything that does not look like the expected kind of number is masked completely
// (keeping its length), since we cannot tell which part of it is safe to show.

function maskAll(s: string): string {
  return '*'.repeat(Array.from(s).length);
}

export function maskResidentId(id: string): string {
  const s = id.trim();
  if (/^\d{17}[\dXx]$/.test(s) || /^\d{15}$/.test(s)) {
    return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4).toUpperCase();
  }
  return maskAll(s);
}

/** A disability certificate number (the holder's ID and a 2-digit suffix) masked as its ID is, the suffix kept. */
export const maskCertNumber = (cert: string): string => maskResidentId(cert.slice(0, 18)) + cert.slice(18);

// The tail of a landline local number: show up to 4 digits but always hide at least 3,
// so short numbers keep most of their digits masked.
function maskLocalNumber(local: string): string {
  if (local.length < 5) return maskAll(local);
  const visible = Math.min(4, Math.max(2, local.length - 4));
  return '*'.repeat(local.length - visible) + local.slice(-visible);
}

export function maskPhone(phone: string): string {
  const s = phone.trim();
  const digits = s.replace(/[\s\-()（）]/g, '');
  if (!/^\d+$/.test(digits)) return maskAll(s);

  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;

  // Area codes: 010 and 020–029 have three digits, every other one four.
  if (/^0\d{9,11}$/.test(digits)) {
    const areaLength = /^0[12]/.test(digits) ? 3 : 4;
    return `${digits.slice(0, areaLength)}-${maskLocalNumber(digits.slice(areaLength))}`;
  }
  // A local number without area code, as offices often write their own district's numbers.
  if (/^[2-9]\d{6,7}$/.test(digits)) return maskLocalNumber(digits);

  return maskAll(s);
}

export function maskBankAccount(account: string): string {
  const s = account.replace(/\s/g, '');
  if (Array.from(s).length <= 4) return maskAll(s);
  return '*'.repeat(s.length - 4) + s.slice(-4);
}
