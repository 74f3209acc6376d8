import type ExcelJS from 'exceljs';
import { SHEET_NAMES, type SheetKind } from '../columns';
import { STYLE } from './sheet-style';

export const ABOUT_SHEET = '说明';

/** What the 说明 sheet says about the file: who made it, when, from what. */
export interface AboutInfo {
  /** 填报单位: the office, e.g. 龙岗区残疾人联合会. */
  office: string;
  /** 导出日期, YYYY-MM-DD. */
  date: string;
  actor: string;
  appVersion: string;
  includeArchived: boolean;
}

const TITLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };
const LABEL: Partial<ExcelJS.Style> = { font: { bold: true }, alignment: { vertical: 'top' } };
const WRAP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };

export const PIPL_NOTICE =
  '本文件含有残疾人及服务人员的身份证号、残疾类别和等级、联系电话等个人信息，其中残疾信息属于敏感个人信息（《中华人民共和国个人信息保护法》第二十八条）。' +
  '请仅用于托养服务数据报送，使用加密 U 盘或单位指定的安全途径传递，不得通过互联网、电子邮件或即时通讯工具发送；妥善保管，用毕及时删除。';

/**
 * The 说明 sheet, written last: its counts are the rows the register sheets actually received,
 * so a clerk saving a record during the export can never make it disagree with them.
 */
export function writeAboutSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  about: AboutInfo,
  counts: readonly { kind: SheetKind; rows: number }[],
): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  sheet.columns = [{ width: 18 }, { width: 90 }];
  const line = (values: (string | number)[], styles: Partial<ExcelJS.Style>[] = [LABEL, STYLE.plain]) => {
    const row = sheet.addRow(values);
    row.eachCell((cell, col) => (cell.style = styles[col - 1] ?? STYLE.plain));
    row.commit();
  };
  line(['阳光家园托养服务数据（报送用）'], [TITLE]);
  line(['填报单位', about.office || '（未设置行政区划）']);
  line(['导出日期', about.date]);
  line(['导出人', about.actor]);
  line(['软件版本', about.appVersion]);
  line(['已归档记录', about.includeArchived ? '含已归档记录' : '不含已归档记录']);
  line([]);
  line(['工作表', '记录数'], [LABEL, LABEL]);
  for (const c of counts) line([SHEET_NAMES[c.kind], c.rows], [STYLE.plain, STYLE.plain]);
  line([]);
  line(['个人信息保护', PIPL_NOTICE], [LABEL, WRAP]);
  line(
    [
      '格式',
      '身份证号、证号、代码和电话为文本格式；日期为“年-月-日”形式的文本。本工作簿可用本软件的“Excel 导入”重新导入。',
    ],
    [LABEL, WRAP],
  );
  sheet.commit();
}
