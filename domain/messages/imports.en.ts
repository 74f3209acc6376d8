import type { importsZhCN } from './imports.zh-CN';

export const importsEn: Record<keyof typeof importsZhCN, string> = {
  'import.file.empty': 'The file is empty. Choose an Excel (.xlsx) or CSV file that contains data',
  'import.file.xls':
    'Old Excel 97-2003 workbooks (.xls) are not supported. Open the file in Excel or WPS, choose Save As → Excel Workbook (*.xlsx), and import the saved file (remove any open password first)',
  'import.file.unreadable':
    'This file cannot be read: it is not a valid Excel workbook (.xlsx) or CSV file, or it is damaged',
  'import.file.tooLarge': 'The file is too large (over {limit} MB). Split it and import the parts one by one',
  'import.file.tooManyRows':
    'Sheet “{sheet}” has more than {limit} rows (the most an Excel sheet holds); the file was not imported. Check for many stray rows at the end, or split it and import the parts one by one',
  'import.file.partTooLarge':
    '“{part}” in this file inflates to more than {limit} MB, more than this software reads; the file was not imported. Check where the file came from, or split it',
  'import.file.tooManyColumns':
    'A row of sheet “{sheet}” has more than {limit} columns (the most an Excel row holds); the file was not imported. Check where the file came from, or open it in Excel, save it as .xlsx and import that',
  'import.file.tooManyCells':
    'The cells of this file inflate to more than {limit} MB, more than this software reads at once; the file was not imported. Split it and import the parts one by one',
  'import.sheet.notFound': 'The file has no sheet named “{sheet}”',
  'import.sheet.empty': 'Sheet “{sheet}” contains no data',
  'import.header.notFound':
    'No header row (column names such as 姓名 or 身份证号) was found in the first {rows} rows of sheet “{sheet}”. Check the register and the sheet, or choose the header row yourself',
  'import.header.row': 'The header row must be between row 1 and row {max}',
  'import.mapping.required':
    'The required field “{field}” is not mapped to a column yet; choose one under Column mapping',
  'import.mapping.column': 'The column mapped to “{field}” does not exist; choose again',
  'import.mapping.sheetColumn':
    'Sheet “{sheet}” has no column “{column}” (which “{field}” is mapped to in the first sheet). Give the sheets the same header, or import them separately',
  'import.mapping.shared': '“{first}” and “{second}” cannot both use column “{column}”',
  'import.mapping.unmatched':
    'These columns match no register field and will not be imported: {columns}. To import one of them, choose its field under “Column mapping”',
  'import.mapping.relationMissing':
    'The sheet has a guardian name column but no relation column: guardians are imported with the relation recorded as “{relation}” (unknown); fill it in on the person’s record later',
  'import.mapping.careStartMissing':
    'The sheet has a care mode column but no care start date column: enter one start date for this import, or choose not to import the placements',
  'import.careStart.choose':
    'The sheet has no care start date column: enter one start date for this import, or choose not to import the placements',
  'import.session.expired':
    'This import has expired (idle for over 30 minutes, or other files were opened since). Choose the file again',
  'import.session.committed': 'This file has already been imported. Choose the file again to import it once more',
  'import.commit.changed':
    'The register changed after the check (another window or a colleague). Check again, then import',
  'import.commit.nothing': 'There are no valid rows to import',
  'import.report.none': 'There are no errors, so there is no error report',
  'import.number.precision':
    'This number was stored as a number; Excel keeps only 15 significant digits, so the last digits are lost (the sheet shows {shown}). Format the column as Text and type the full number again',
  'import.number.truncated':
    'This number ends in 000 and its check character is wrong: it probably lost its last digits as a number (the sheet shows {shown}). Format the column as Text and type the full number again',
  'import.date.format': 'Unrecognised date “{value}”; write it as 2020-01-02, 2020/1/2, 2020年1月2日 or 20200102',
  'import.value.unknown': '“{value}” is not a valid {field}; use one of: {options}',
  'import.number.invalid': '“{value}” is not a valid number',
  'import.number.rounded': '{field} “{value}” is not a whole number and was imported as {rounded}',
  'import.street.unknown':
    'The district has no street (town) named “{name}”. Check the name or add it under Settings → Divisions',
  'import.community.unknown': '“{street}” has no community (village) named “{name}”',
  'import.institution.unknown': 'No registered care institution is named “{name}”',
  'import.employer.unknown':
    '“{name}” is not a registered care institution (give its name or credit code; leave it empty for the office’s own public-welfare posts)',
  'import.careStart.required': 'A care mode needs a care start date',
  'import.careMode.required': 'A care institution or start date needs a care mode',
  'import.overCapacity':
    'This placement goes beyond the institution’s approved places in this mode ({used} placed, {capacity} approved, counting earlier rows of this sheet); importing confirms it. If that is not intended, raise its places or choose another institution first',
  'import.duplicate.inFile': 'Same {column} as row {row} of this sheet',
  'import.duplicate.inSheet': 'Same {column} as row {row} of sheet “{sheet}”',
  'import.duplicate.person': 'This ID is already registered ({name}) and will not be imported again',
  'import.duplicate.staff': 'This ID is already registered as staff ({name}) and will not be imported again',
  'import.duplicate.institution': 'This credit code is already registered to “{name}” and will not be imported again',
  'import.duplicate.institutionName':
    'A care institution named “{name}” is already registered and will not be imported again',
  'import.warning.converted15': 'Old 15-digit ID converted to 18 digits: {id}',
  'import.warning.reissued': 'Re-issued disability certificate (suffix {suffix}); check it is the latest one',
  'import.warning.ignoredRow': 'A total, signature or notes row; ignored',
  'import.warning.nameSpace': 'Blanks removed from the name “{shown}”; imported as “{name}”, please check',
  'import.warning.sexMismatch': 'Sex column says “{sheet}” but the ID says “{id}”; the ID is used',
  'import.warning.birthMismatch': 'Birth date column says “{sheet}” but the ID says {id}; the ID is used',
};
