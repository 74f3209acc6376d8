import { FIELD_ALIASES, type FieldKey, type FieldNames } from '#domain/exchange/field-aliases';
import { SHEET_KINDS, SHEET_NAMES, type SheetKind } from '#domain/registers';

/**
 * The columns of each register as it travels in a spreadsheet: the header the export writes and
 * the other headers real sheets use (both from the one table in domain/exchange/field-aliases.ts),
 * and how the column is typed and sized. Export and import read this one list, so an exported
 * workbook always re-imports.
 */
export { SHEET_KINDS, SHEET_NAMES, type SheetKind };

export interface SheetColumn {
  key: string;
  header: string;
  aliases: readonly string[];
  /** Excel column width in characters. */
  width: number;
  /** ID-like values (身份证号, 证号, 代码, 电话): always written and read as text, never as numbers. */
  text?: boolean;
  /** The import refuses a row with this column empty (the register's own rule says why). */
  required?: boolean;
  /** A date: written as an ISO date text, read from Excel serials and the usual Chinese spellings. */
  date?: boolean;
  /** Written for the reader (derived from other columns, or kept by its own register); the import ignores it. */
  exportOnly?: boolean;
  /** Derived from the ID and not stored: the import only compares it with the ID and warns when they differ. */
  checkOnly?: boolean;
}

const columnsOf =
  <K extends SheetKind>(kind: K) =>
  (key: FieldKey<K>, width: number, extra: Partial<SheetColumn> = {}): SheetColumn => {
    const fields: Record<string, FieldNames> = FIELD_ALIASES[kind];
    const names = fields[key] ?? { header: key, aliases: [] };
    return { key, header: names.header, aliases: names.aliases, width, ...extra };
  };

const p = columnsOf('persons');
const i = columnsOf('institutions');
const s = columnsOf('staff');

export const SHEET_COLUMNS: Record<SheetKind, readonly SheetColumn[]> = {
  persons: [
    p('name', 10, { required: true }),
    p('residentId', 22, { text: true, required: true }),
    p('sex', 6, { checkOnly: true }),
    p('birthDate', 12, { date: true, checkOnly: true }),
    p('certNumber', 26, { text: true, required: true }),
    p('category', 10),
    p('level', 10),
    p('certIssueDate', 12, { date: true }),
    p('hukouStreet', 12),
    p('hukouCommunity', 14),
    p('residenceStreet', 12, { required: true }),
    p('residenceCommunity', 14),
    p('address', 30),
    p('phone', 14, { text: true }),
    p('economicStatus', 10),
    p('status', 10),
    p('guardianName', 10),
    p('guardianRelation', 12),
    p('guardianPhone', 14, { text: true }),
    p('guardianResidentId', 22, { text: true }),
    p('careMode', 12),
    p('careInstitution', 24),
    p('careStart', 14, { date: true }),
    p('remarks', 20),
  ],
  institutions: [
    i('name', 28, { required: true }),
    i('creditCode', 22, { text: true }),
    i('registrationNo', 18, { text: true }),
    i('registeringDept', 22),
    i('ownership', 10, { required: true }),
    i('modes', 22, { required: true }),
    i('street', 12, { required: true }),
    i('community', 14),
    i('address', 32, { required: true }),
    i('beds', 8),
    i('dayPlaces', 12),
    i('floorArea', 12),
    i('personInCharge', 10, { required: true }),
    i('phone', 14, { text: true, required: true }),
    i('services', 30),
    i('designationNo', 22, { text: true }),
    i('designationDate', 12, { date: true }),
    i('status', 10),
    i('remarks', 20),
  ],
  staff: [
    s('name', 10, { required: true }),
    s('residentId', 22, { text: true, required: true }),
    s('sex', 6, { checkOnly: true }),
    s('birthDate', 12, { date: true, checkOnly: true }),
    s('phone', 14, { text: true }),
    s('employer', 28),
    s('post', 10, { required: true }),
    s('hireDate', 12, { date: true }),
    s('leaveDate', 12, { date: true }),
    s('permitNumber', 20, { text: true, exportOnly: true }),
    s('remarks', 20),
  ],
};
