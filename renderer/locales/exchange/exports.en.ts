import type { Widen } from '../zh-CN';
import type { exportsUiZhCN } from './exports.zh-CN';

export const exportsUiEn: Widen<typeof exportsUiZhCN> = {
  intro:
    'Writes the submission workbook: one sheet per register (Chinese headers, ID numbers kept as text) and a 说明 sheet with the office, the export date and the row counts. An exported workbook can be read back with Excel import.',
  pipl: 'The workbook holds ID numbers and disability category and level, which are sensitive personal information: carry it on an encrypted stick or another secure channel and delete it after use. Every export is recorded in the audit log.',
  registers: 'Registers',
  registersRequired: 'Choose at least one register to export',
  register: { persons: 'Persons', institutions: 'Institutions', staff: 'Staff' },
  count: { persons: '{{count}} persons', institutions: '{{count}} institutions', staff: '{{count}} staff' },
  includeArchived: 'Include archived records',
  refresh: 'Look for USB drives again',
  noRemovable: 'No USB drive found. Plug one in and look again, or choose another folder.',
  submit: 'Export',
  working: 'Exporting and reading the file back; large registers take a while…',
  progress: '{{done}} of {{total}} rows written',
  saved: 'Excel workbook exported',
  summary: '{{counts}}; file size {{size}}',
  failed: 'Export failed',
};
