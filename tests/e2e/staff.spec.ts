import type { Page } from '@playwright/test';
import { zhCN as messages } from '#domain/messages';
import { makeResidentId } from '../fixtures/synthetic';
import { keepScreenshot, test, expect } from './fixtures/app';
import type { AppShell } from './pages/app-shell';
import { InstitutionDetailPage } from './pages/institution-detail';
import { InstitutionListPage } from './pages/institution-list';
import { PermitDialog, StaffDetailPage, TrainingDialog } from './pages/staff-detail';
import { StaffFormPage, type StaffDraft } from './pages/staff-form';
import { InstitutionStaffCard } from './pages/staff-institution-card';
import { StaffListPage } from './pages/staff-list';
import { PermitPatternSettingPage } from './pages/staff-permit-pattern';
import { StaffingPage } from './pages/staff-staffing';
import { TrainingSessionPage } from './pages/staff-training-session';
import { VolunteersPage } from './pages/staff-volunteers';
import { PermitWorklistPage } from './pages/staff-worklist';
import { buttonName } from './pages/text';

// Invented people only (tests/fixtures/synthetic.ts): made-up IDs with valid check characters.

/** The office's calendar day: the browser runs in Asia/Shanghai (playwright.config.ts). */
function officeToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same date `years` later (or earlier, when negative); 29 Feb falls back to 28 Feb. */
function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** A 上岗证 valid for `years` ends the day before the anniversary of its issue date. */
function validUntil(issueDate: string, years: number): string {
  return addDays(addYears(issueDate, years), -1);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An ID with a wrong check character: the last one swapped for another. */
function withWrongCheckChar(id: string): string {
  return id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
}

const TODAY = officeToday();
const YEAR = TODAY.slice(0, 4);
/** The default pattern 托养上岗证〔{year}〕{seq:4}号 (domain/staff/permit.ts), this year. */
const permitNo = (seq: number): string => `托养上岗证〔${YEAR}〕${String(seq).padStart(4, '0')}号`;
/** The dialog's default 发证机关: the demo district's federation. */
const ISSUER = '龙岗区残疾人联合会';
const CENTRE = '龙岗区残疾人托养中心';
const OFFICE_POST = '区残联公益岗';
/** A two-day course that ended before today, so a permit issued today rests on it. */
const COURSE = { course: '托养服务上岗培训', start: addDays(TODAY, -10), end: addDays(TODAY, -9) };

/** Records every request to one RPC path, to show that a refused form sent nothing. */
function watchRequests(page: Page, pathname: string): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === pathname) sent.push(r.url());
  });
  return sent;
}

/** Lets the “已保存” toast go, so it does not cover the page in a kept screenshot. */
async function toastGone(page: Page): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
}

/** 服务人员 → 登记服务人员, fill in, save; ends on the new person's page. */
async function registerStaff(page: Page, shell: AppShell, draft: StaffDraft): Promise<StaffDetailPage> {
  const list = new StaffListPage(page);
  const form = new StaffFormPage(page);
  await shell.open('服务人员');
  await list.createButton.click();
  await expect(form.createHeading).toBeVisible();
  await form.fill(draft);
  await form.save();
  const detail = new StaffDetailPage(page);
  await expect(detail.title(draft.name)).toBeVisible();
  return detail;
}

/** On the person's page: 登记培训 with this result. */
async function recordTraining(page: Page, result: '合格' | '不合格', course = COURSE): Promise<void> {
  const detail = new StaffDetailPage(page);
  const before = await detail.trainingRows.count();
  await detail.trainButton.click();
  await new TrainingDialog(page).record({ ...course, result });
  await expect(detail.trainingRows).toHaveCount(before + 1);
}

/** On the person's page: 发放上岗证 → 确定 (optionally on another issue date / validity); the dialog closes. */
async function issuePermit(page: Page, dates: { issueDate?: string; validYears?: number } = {}): Promise<void> {
  const detail = new StaffDetailPage(page);
  await detail.issueButton.click();
  const dialog = new PermitDialog(page);
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.field('发证日期')).toHaveValue(TODAY);
  await expect(dialog.field('有效期（年）')).toHaveValue('3');
  await expect(dialog.field('发证机关')).toHaveValue(ISSUER);
  await dialog.setDates(dates);
  await dialog.confirm();
  await expect(dialog.dialog).toBeHidden();
}

/** 发放上岗证 → 确定 is refused with the banner (no passed training) and nothing is issued. */
async function expectIssueRefused(page: Page, whileOpen?: () => Promise<void>): Promise<void> {
  const detail = new StaffDetailPage(page);
  await detail.issueButton.click();
  const dialog = new PermitDialog(page);
  await dialog.confirm();
  await expect(dialog.banner).toHaveText(messages['permit.training.required']);
  await expect(dialog.dialog).toBeVisible();
  await whileOpen?.();
  await dialog.cancelButton.click();
  await expect(dialog.dialog).toBeHidden();
  await expect(detail.permitRows).toHaveCount(0);
  await expect(detail.noPermit).toBeVisible();
}

test('发放上岗证：无合格培训时拒绝并提示；登记合格培训后按年度顺序编号0001、0002，列表“上岗证”列显示证号', async ({
  page,
  demo: shell,
}, testInfo) => {
  const first: StaffDraft = {
    name: '柏嘉禾',
    residentId: makeResidentId({ birth: '1986-03-14', seq: 11, sex: 'female' }),
    post: '护理',
  };
  const second: StaffDraft = {
    name: '闵子谦',
    residentId: makeResidentId({ birth: '1990-10-02', seq: 12, sex: 'male' }),
    post: '社工',
  };

  const detail = await registerStaff(page, shell, first);
  await expect(detail.value('上岗证')).toHaveText('未持证');
  await expect(detail.noPermit).toBeVisible();

  // No training at all: refused with the rule's message, and nothing is issued.
  await expectIssueRefused(page, () => keepScreenshot(page, testInfo, 'staff-permit-refused'));

  // A passed training makes the difference; the refused attempt used up no number.
  await recordTraining(page, '合格');
  await expect(detail.trainingRows.first()).toContainText('合格');
  await issuePermit(page);
  await expect(detail.permitRows).toHaveCount(1);
  const row = detail.permitRow(permitNo(1));
  await expect(row).toContainText(TODAY);
  await expect(row).toContainText(validUntil(TODAY, 3));
  await expect(row).toContainText(ISSUER);
  await expect(row).toContainText('有效');
  await expect(detail.value('上岗证')).toContainText(permitNo(1));
  await toastGone(page);
  await keepScreenshot(page, testInfo, 'staff-detail-permit');

  // The next person's permit takes the next number of the year.
  await registerStaff(page, shell, second);
  await recordTraining(page, '合格');
  await issuePermit(page);
  await expect(detail.permitNumbers()).toHaveText([permitNo(2)]);

  const list = new StaffListPage(page);
  await shell.open('服务人员');
  await list.expectTotal(2);
  await expect(list.cell(first.name, '上岗证')).toHaveText(`有效${permitNo(1)}`);
  await expect(list.cell(second.name, '上岗证')).toHaveText(`有效${permitNo(2)}`);
  await expect(list.cell(first.name, '用人单位')).toHaveText(OFFICE_POST);
  await expect(list.cell(first.name, '岗位')).toHaveText('护理');
  await toastGone(page);
  await keepScreenshot(page, testInfo, 'staff-list');
});

test('上岗证预警：30天内到期的证列为“即将到期”，未持证者列为“未持上岗证”；预警天数改为5后到期者不再列出', async ({
  page,
  demo: shell,
}, testInfo) => {
  const expiring: StaffDraft = {
    name: '卓清妍',
    residentId: makeResidentId({ birth: '1984-05-20', seq: 21, sex: 'female' }),
    employer: CENTRE,
    post: '康复',
  };
  const without: StaffDraft = {
    name: '隗向晨',
    residentId: makeResidentId({ birth: '1993-08-09', seq: 22, sex: 'male' }),
    post: '公益岗',
  };
  // Issued three years ago less ten days, for three years: it lapses in nine days.
  const issueDate = addDays(addYears(TODAY, -3), 10);
  const until = validUntil(issueDate, 3);
  const left = daysBetween(TODAY, until);
  expect(left).toBeGreaterThan(5);
  expect(left).toBeLessThanOrEqual(30);
  const permitYear = issueDate.slice(0, 4);

  const detail = await registerStaff(page, shell, expiring);
  // The training before the issue date is what the permit rests on.
  await recordTraining(page, '合格', {
    course: '托养服务上岗培训',
    start: addDays(issueDate, -20),
    end: addDays(issueDate, -19),
  });
  await issuePermit(page, { issueDate, validYears: 3 });
  const number = `托养上岗证〔${permitYear}〕0001号`;
  const row = detail.permitRow(number);
  await expect(row).toContainText(issueDate);
  await expect(row).toContainText(until);
  await expect(row).toContainText('即将到期');

  await registerStaff(page, shell, without);

  await shell.open('服务人员');
  await new StaffListPage(page).worklistButton.click();
  const worklist = new PermitWorklistPage(page);
  await expect(worklist.heading).toBeVisible();
  await expect(worklist.days).toHaveValue('30');
  await expect(worklist.rows).toHaveCount(2);
  const soon = worklist.row(expiring.name);
  await expect(soon).toContainText(CENTRE);
  await expect(soon).toContainText('康复');
  await expect(soon).toContainText(number);
  await expect(soon).toContainText(until);
  await expect(soon.locator('.ant-tag')).toHaveText('即将到期');
  const none = worklist.row(without.name);
  await expect(none).toContainText(OFFICE_POST);
  await expect(none.locator('.ant-tag')).toHaveText('未持上岗证');
  await keepScreenshot(page, testInfo, 'staff-permit-worklist');

  // Nine days left is outside a five-day window: only the person without a permit stays.
  await worklist.setDays(5);
  await expect(worklist.row(expiring.name)).toHaveCount(0);
  await expect(worklist.rows).toHaveCount(1);
  await expect(worklist.row(without.name).locator('.ant-tag')).toHaveText('未持上岗证');
});

test('吊销上岗证：机构页“服务人员及持证情况”显示“已吊销：原因”；人员配备统计不计入持有效证', async ({
  page,
  demo: shell,
}, testInfo) => {
  const holder: StaffDraft = {
    name: '宓思远',
    residentId: makeResidentId({ birth: '1979-12-03', seq: 31, sex: 'male' }),
    employer: CENTRE,
    post: '康复',
  };
  const reason = '伪造培训记录';

  const detail = await registerStaff(page, shell, holder);
  await expect(detail.value('用人单位')).toHaveText(CENTRE);
  await recordTraining(page, '合格');
  await issuePermit(page);
  const row = detail.permitRow(permitNo(1));
  await expect(row).toContainText('有效');

  await row.getByRole('button', { name: buttonName('吊销') }).click();
  const revoke = new PermitDialog(page, '吊销');
  await expect(revoke.dialog).toBeVisible();
  await revoke.field('原因').fill(reason);
  await revoke.confirm();
  await expect(revoke.dialog).toBeHidden();
  await expect(row).toContainText('已吊销');
  // A revoked permit never changes again: no actions are left on its row.
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(detail.value('上岗证')).toContainText(`已吊销：${reason}`);
  await expect(detail.history.getByRole('cell', { name: '吊销上岗证', exact: true })).toHaveCount(1);

  await shell.open('托养机构');
  const institutions = new InstitutionListPage(page);
  await institutions.search(CENTRE);
  await institutions.openInstitution(CENTRE);
  await expect(new InstitutionDetailPage(page).title(CENTRE)).toBeVisible();
  const staffCard = new InstitutionStaffCard(page);
  await expect(staffCard.rows).toHaveCount(1);
  await expect(staffCard.row(holder.name)).toContainText('康复');
  await expect(staffCard.permit(holder.name)).toContainText(`已吊销：${reason}`);
  await expect(staffCard.permit(holder.name)).toContainText(permitNo(1));
  await staffCard.card.scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'institution-staff-card');

  // 人员配备统计: one 康复 post at the centre, no valid permit.
  await shell.open('服务人员');
  await new StaffListPage(page).staffingButton.click();
  const staffing = new StaffingPage(page);
  await expect(staffing.heading).toBeVisible();
  await expect(staffing.cell(CENTRE, '康复')).toHaveText('1');
  await expect(staffing.cell(CENTRE, '合计')).toHaveText('1');
  await expect(staffing.cell(CENTRE, '持有效上岗证')).toHaveText('0');
  // The totals are in view without scrolling the table sideways.
  await expect(staffing.cell(CENTRE, '合计')).toBeInViewport();
  await expect(staffing.cell(CENTRE, '持有效上岗证')).toBeInViewport();
  await keepScreenshot(page, testInfo, 'staffing');
});

test('批量登记培训：两人不同结果一次保存；合格者可发证，不合格者不能', async ({ page, demo: shell }, testInfo) => {
  const passed: StaffDraft = {
    name: '冼沛然',
    residentId: makeResidentId({ birth: '1988-01-26', seq: 41, sex: 'female' }),
    post: '护理',
  };
  const failed: StaffDraft = {
    name: '仉启航',
    residentId: makeResidentId({ birth: '1995-06-17', seq: 42, sex: 'male' }),
    post: '护理',
  };
  await registerStaff(page, shell, passed);
  await registerStaff(page, shell, failed);

  const list = new StaffListPage(page);
  await shell.open('服务人员');
  await list.batchTrainingButton.click();
  const session = new TrainingSessionPage(page);
  await expect(session.heading).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/staff/training-session');
  await session.fillCourse(COURSE);
  await session.fillAttendees([
    { name: passed.name, option: `${passed.name}（${OFFICE_POST}）`, result: '合格' },
    { name: failed.name, option: `${failed.name}（${OFFICE_POST}）`, result: '不合格' },
  ]);
  await keepScreenshot(page, testInfo, 'staff-training-session');
  await session.save();
  await expect(page.getByText('已登记 2 人的培训记录')).toBeVisible();
  await expect(list.heading).toBeVisible();

  await list.expectTotal(2);
  await list.openStaff(passed.name);
  const detail = new StaffDetailPage(page);
  await expect(detail.title(passed.name)).toBeVisible();
  await expect(detail.trainingRows).toHaveCount(1);
  await expect(detail.trainingRows.first()).toContainText(COURSE.course);
  await expect(detail.trainingRows.first()).toContainText(`${COURSE.start} ~ ${COURSE.end}`);
  await expect(detail.trainingRows.first()).toContainText('合格');
  await issuePermit(page);
  await expect(detail.permitNumbers()).toHaveText([permitNo(1)]);

  await shell.open('服务人员');
  await list.openStaff(failed.name);
  await expect(detail.title(failed.name)).toBeVisible();
  await expect(detail.trainingRows).toHaveCount(1);
  await expect(detail.trainingRows.first().locator('.ant-tag')).toHaveText('不合格');
  await expectIssueRefused(page);
});

test('登记服务人员：身份证号校验位错误时身份证号下显示提示，不保存', async ({ page, demo: shell }, testInfo) => {
  const list = new StaffListPage(page);
  const form = new StaffFormPage(page);
  const creates = watchRequests(page, '/rpc/staff/create');
  const id = makeResidentId({ birth: '1987-11-11', seq: 51, sex: 'female' });

  await shell.open('服务人员');
  await list.expectTotal(0);
  await list.createButton.click();
  await expect(form.createHeading).toBeVisible();
  await form.fill({ name: '昝语桐', residentId: withWrongCheckChar(id), post: '社工' });
  await form.save();
  await expect(form.error('身份证号')).toHaveText(messages['residentId.checkChar']);
  await expect(form.createHeading).toBeVisible();
  await keepScreenshot(page, testInfo, 'staff-form-resident-id-error');

  // Nothing went to the register: no create request, and the list, freshly loaded, is still empty.
  expect(creates).toEqual([]);
  await shell.open('服务人员');
  await page.reload();
  await list.expectTotal(0);
});

test('上岗证编号规则：缺少{seq}时提示且不保存；改为“{district}上岗{year}-{seq:3}”后新发证号为440307上岗YYYY-001', async ({
  page,
  demo: shell,
}, testInfo) => {
  const saves = watchRequests(page, '/rpc/settings/setPermitPattern');
  const setting = new PermitPatternSettingPage(page);
  await shell.open('系统设置');
  await setting.tab.click();
  await expect(setting.pattern).toHaveValue('托养上岗证〔{year}〕{seq:4}号');
  await expect(setting.example).toHaveText(`示例（今年第1号）：${permitNo(1)}`);

  await setting.setPattern('托养上岗证〔{year}〕号');
  await expect(setting.error).toHaveText(messages['permit.pattern.seq']);
  expect(saves).toEqual([]);
  await keepScreenshot(page, testInfo, 'permit-pattern-error');

  await setting.setPattern('{district}上岗{year}-{seq:3}');
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(setting.error).toHaveCount(0);
  await expect(setting.example).toHaveText(`示例（今年第1号）：440307上岗${YEAR}-001`);
  expect(saves).toHaveLength(1);

  await registerStaff(page, shell, {
    name: '郦若川',
    residentId: makeResidentId({ birth: '1982-09-15', seq: 61, sex: 'male' }),
    post: '管理',
  });
  await recordTraining(page, '合格');
  await issuePermit(page);
  await expect(new StaffDetailPage(page).permitNumbers()).toHaveText([`440307上岗${YEAR}-001`]);
});

test('志愿者：未填姓名时姓名下提示且不保存；登记后列表显示专业背景（中文）和服务机构', async ({
  page,
  demo: shell,
}, testInfo) => {
  await shell.open('服务人员');
  await new StaffListPage(page).volunteersButton.click();
  const volunteers = new VolunteersPage(page);
  const creates = watchRequests(page, '/rpc/volunteers/create');
  await expect(volunteers.heading).toBeVisible();

  // Refused under 姓名 with the same rule as everywhere else; the dialog stays open, nothing is sent.
  await volunteers.openCreate();
  await volunteers.fill({ backgrounds: ['康复', '心理咨询'] });
  await volunteers.confirm();
  await expect(volunteers.error('姓名')).toHaveText(messages['person.name.required']);
  await expect(volunteers.dialog).toBeVisible();
  await expect(volunteers.rows).toHaveCount(0);
  expect(creates).toEqual([]);

  await volunteers.fill({ name: '蔺知夏', organisation: '龙岗区人民医院康复科', hours: 24, institution: CENTRE });
  await volunteers.confirm();
  await expect(volunteers.dialog).toBeHidden();
  const row = volunteers.row('蔺知夏');
  await expect(row).toContainText('心理咨询、康复');
  await expect(row).toContainText('龙岗区人民医院康复科');
  await expect(row).toContainText('24');
  await expect(row).toContainText(CENTRE);
  await keepScreenshot(page, testInfo, 'volunteers');
});
