/**
 * The registers this office keeps, in one list. Everything kept per register (import readers
 * and writers, export sources, package parts, merge and conflict entities, history labels, the
 * pages) is a Record over these keys or derived from this list, so adding a register here is a
 * compile error in each place that must handle it (docs/ARCHITECTURE.md, "Adding a register").
 */
export interface RegisterInfo {
  /** The entity name its audit rows carry (audit_log.entity). */
  readonly entity: string;
  readonly zh: string;
  readonly en: string;
  /** The root path of its pages in the renderer. */
  readonly route: string;
  /**
   * The sheet it travels as in a submission workbook and a data package; absent for a register
   * that stays in this office (volunteers).
   */
  readonly sheet?: string;
}

export const REGISTERS = {
  persons: { entity: 'person', zh: '残疾人', en: 'Persons', route: '/persons', sheet: '残疾人' },
  institutions: {
    entity: 'institution',
    zh: '托养机构',
    en: 'Care institutions',
    route: '/institutions',
    sheet: '托养机构',
  },
  staff: { entity: 'staff', zh: '服务人员', en: 'Care staff', route: '/staff', sheet: '服务人员' },
  volunteers: { entity: 'volunteer', zh: '志愿者', en: 'Volunteers', route: '/volunteers' },
} as const satisfies Record<string, RegisterInfo>;

export type RegisterKey = keyof typeof REGISTERS;
export const REGISTER_KEYS = Object.keys(REGISTERS) as RegisterKey[];

/** The entity name of a register's audit rows. */
export type RegisterEntity = (typeof REGISTERS)[RegisterKey]['entity'];

/** The registers that travel in workbooks and packages (those with a sheet), in list order. */
export type SheetKind = {
  [K in RegisterKey]: (typeof REGISTERS)[K] extends { sheet: string } ? K : never;
}[RegisterKey];
export const SHEET_KINDS = REGISTER_KEYS.filter((k): k is SheetKind => 'sheet' in REGISTERS[k]) as unknown as readonly [
  SheetKind,
  ...SheetKind[],
];

/** The sheet name a register gets in the submission workbook. */
export const SHEET_NAMES = Object.fromEntries(SHEET_KINDS.map((k) => [k, REGISTERS[k].sheet])) as Record<
  SheetKind,
  string
>;

/** The register key of an audit entity name, or undefined for entities that are not registers. */
export const registerOfEntity = (entity: string): RegisterKey | undefined =>
  REGISTER_KEYS.find((k) => REGISTERS[k].entity === entity);

/** The entity name of a register that travels (package conflicts and record origins carry it). */
export type SheetEntity = (typeof REGISTERS)[SheetKind]['entity'];
export const SHEET_ENTITIES = SHEET_KINDS.map((k) => REGISTERS[k].entity) as unknown as readonly [
  SheetEntity,
  ...SheetEntity[],
];

/** The travelling register of an entity name, for tables kept per register but reached by entity. */
export const SHEET_KIND_OF = Object.fromEntries(SHEET_KINDS.map((k) => [REGISTERS[k].entity, k])) as Record<
  SheetEntity,
  SheetKind
>;
