import { REGISTERS, SHEET_KINDS, type SheetKind } from '#domain/registers';

/** The audit entity names of the registers that travel in workbooks and packages. */
export type SheetEntity = (typeof REGISTERS)[SheetKind]['entity'];

// The Chinese register names come from the one register list, so a register added there is named
// everywhere in zh-CN at once; the en locale files, typed after zh-CN, then fail to compile until they name it too.

/** Each such register's Chinese name, by register key. */
export const SHEET_KIND_NAMES_ZH = Object.fromEntries(SHEET_KINDS.map((k) => [k, REGISTERS[k].zh])) as Record<
  SheetKind,
  string
>;

/** The same names by audit entity name (package conflicts name a record by its entity). */
export const SHEET_ENTITY_NAMES_ZH = Object.fromEntries(
  SHEET_KINDS.map((k) => [REGISTERS[k].entity, REGISTERS[k].zh]),
) as Record<SheetEntity, string>;
