import type { exportsZhCN } from './exports.zh-CN';

export const exportsEn: Record<keyof typeof exportsZhCN, string> = {
  'exports.registers.empty': 'Choose at least one register to export',
  'exports.folder.notAbsolute': 'Enter the full folder path, e.g. E:\\Reports or /media/user/USB',
  'exports.folder.notFound':
    'The folder above “{folder}” does not exist; check the path or whether the USB stick is plugged in',
  'exports.folder.notFolder': '“{folder}” is not a folder; choose a folder',
  'exports.folder.unwritable':
    'The folder “{folder}” cannot be written to (read-only, no permission or a write-protected stick); choose another folder',
  'exports.write.failed':
    'Writing to “{folder}” failed ({reason}); nothing was saved and no partial file was left. Check that the stick is still plugged in and try again',
  'exports.verify.damaged': 'The exported file was damaged when read back ({reason}); it was deleted. Please try again',
  'exports.verify.sheets':
    'The exported file read back with the sheets “{sheets}”, not those written; it was deleted. Please try again',
  'exports.verify.sheetMissing':
    'The exported file read back without the sheet “{sheet}”; it was deleted. Please try again',
  'exports.verify.header':
    'The header of “{sheet}” did not read back as written; the file was deleted. Please try again',
  'exports.verify.rows':
    '“{sheet}” read back with {read} rows instead of {expected}; the file was deleted. Please try again',
} as const;
