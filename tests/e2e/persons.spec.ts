import type { Page } from '@playwright/test';
import { ageOn } from '#domain/dates';
import { maskResidentId } from '#domain/masking';
import { formatMessage, zhCN as messages } from '#domain/messages';
import { DEMO_INSTITUTIONS } from '#server/services/demo-data';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { keepScreenshot, test, expect } from './fixtures/app';
import type { AppShell } from './pages/app-shell';
import { InstitutionDetailPage } from './pages/institution-detail';
import { InstitutionListPage } from './pages/institution-list';
import { EnrolDialog, PersonDetailPage } from './pages/person-detail';
import { PersonFormPage, type PersonDraft } from './pages/person-form';
import { PersonListPage } from './pages/person-list';
import { RecipientsCard } from './pages/person-recipients';
import { AnnualReviewPage } from './pages/person-review';

// Invented people only (tests/fixtures/synthetic.ts): made-up IDs with valid check characters.
// Certificate digits: category 4 = 肢体残疾, 5 = 智力残疾; level 2 = 二级, 3 = 三级.

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

/** The same date `years` earlier (29 Feb falls back to 28 Feb in a common year). */
function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y - years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** An ID with a wrong check character: the last one swapped for another. */
function withWrongCheckChar(id: string): string {
  return id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
}

/** Any 18-character ID (or longer certificate number) written out in full. */
const FULL_ID = /\d{17}[\dX]/;

const STREET = '龙城街道';
const RESIDENTIAL = '龙岗区残疾人托养中心';

/** Records every create request the page sends, to show that a refused form sent nothing. */
function watchCreates(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/rpc/persons/create') sent.push(r.url());
  });
  return sent;
}

/** 残疾人 → 登记残疾人, fill in, save; ends on the new person's page. */
async function registerPerson(page: Page, shell: AppShell, draft: Required<PersonDraft>): Promise<void> {
  const list = new PersonListPage(page);
  const form = new PersonFormPage(page);
  await shell.open('残疾人');
  await list.createButton.click();
  await expect(form.createHeading).toBeVisible();
  await form.fill(draft);
  await form.save();
  await expect(new PersonDetailPage(page).title(draft.name)).toBeVisible();
}

/** On the person's page: 安置托养 in a mode and institution, starting today (the dialog's default). */
async function enrolPerson(page: Page, mode: '寄宿制托养' | '日间照料', institution: string): Promise<void> {
  const detail = new PersonDetailPage(page);
  await detail.enrolButton.click();
  await new EnrolDialog(page).enrol(mode, institution);
  const current = detail.enrolmentRows.filter({ hasText: '当前在托' });
  await expect(current).toContainText(mode);
  await expect(current).toContainText(institution);
}

/** Lets the “已保存” toast go, so it does not cover the page in a kept screenshot. */
async function toastGone(page: Page): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
}

/** The clerk named in the header (当前用户：…), who the history should name. */
async function currentUser(shell: AppShell): Promise<string> {
  const text = (await shell.actor.textContent()) ?? '';
  const actor = text.replace(/^当前用户：/, '').trim();
  expect(actor).not.toBe('');
  return actor;
}

test('身份证号校验位错误：身份证号下显示校验位提示，不保存', async ({ page, demo: shell }, testInfo) => {
  const list = new PersonListPage(page);
  const form = new PersonFormPage(page);
  const creates = watchCreates(page);
  const id = makeResidentId({ birth: '1985-06-12', seq: 21, sex: 'female' });

  await shell.open('残疾人');
  await list.expectTotal(0);
  await list.createButton.click();
  await expect(form.createHeading).toBeVisible();
  await form.fill({
    name: '苗若溪',
    residentId: withWrongCheckChar(id),
    certNumber: makeCert(id, 4, 2),
    street: STREET,
  });
  await form.save();

  await expect(form.error('身份证号')).toHaveText(messages['residentId.checkChar']);
  // A number that fails its check says nothing about the person: no sex / birth line.
  await expect(form.derived).toHaveCount(0);
  await expect(form.createHeading).toBeVisible();
  await keepScreenshot(page, testInfo, 'person-form-check-char-error');

  // Nothing went to the register: no create request, and the list, freshly loaded, is still empty.
  expect(creates).toEqual([]);
  await shell.open('残疾人');
  await page.reload();
  await list.expectTotal(0);
  await expect(list.row('苗若溪')).toHaveCount(0);
});

test('15位旧身份证号：显示性别、出生日期和年龄，保存后详情显示转换后的18位号码（遮蔽），点击可看全号', async ({
  page,
  demo: shell,
}, testInfo) => {
  const form = new PersonFormPage(page);
  const detail = new PersonDetailPage(page);
  const birth = '1972-03-15';
  const converted = makeResidentId({ birth, seq: 61, sex: 'male' });
  // The 15-digit form: no century in the year, no check character.
  const legacy = converted.slice(0, 6) + converted.slice(8, 17);
  expect(legacy).toHaveLength(15);

  await shell.open('残疾人');
  await new PersonListPage(page).createButton.click();
  await form.fill({ name: '殷沐阳', residentId: legacy });
  await expect(form.derived).toHaveText(`男 · 出生 ${birth} · ${ageOn(birth, officeToday())}岁`);
  await expect(form.error('身份证号')).toHaveCount(0);
  // The certificate carries the 18-digit number; it still belongs to the 15-digit ID typed above.
  await form.fill({ certNumber: makeCert(converted, 4, 2), street: STREET });
  await expect(form.error('残疾人证号')).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'person-form-15-digit');
  await form.save();

  await expect(detail.title('殷沐阳')).toBeVisible();
  const masked = `${converted.slice(0, 6)}********${converted.slice(-4)}`;
  expect(masked).toBe(maskResidentId(converted));
  await expect(detail.number('身份证号')).toHaveText(masked);
  await expect(detail.value('性别')).toHaveText('男');
  await expect(detail.value('出生日期')).toContainText(birth);
  await expect(detail.value('残疾类别')).toHaveText('肢体残疾 二级');
  await expect(page.locator('body')).not.toContainText(FULL_ID);
  await toastGone(page);
  await keepScreenshot(page, testInfo, 'person-detail');

  await detail.revealButton('身份证号').click();
  await expect(detail.number('身份证号')).toHaveText(converted);
  await expect(detail.revealButton('身份证号')).toHaveCount(0);
});

test('残疾人证号与身份证号不符：残疾人证号下显示不一致提示，不保存', async ({ page, demo: shell }) => {
  const form = new PersonFormPage(page);
  const creates = watchCreates(page);
  const id = makeResidentId({ birth: '1979-09-30', seq: 33, sex: 'male' });
  const someoneElse = makeResidentId({ birth: '1979-09-30', seq: 34, sex: 'male' });

  await shell.open('残疾人');
  await new PersonListPage(page).createButton.click();
  await form.fill({ name: '卜星澜', residentId: id, certNumber: makeCert(someoneElse, 4, 2), street: STREET });
  await form.save();
  await expect(form.error('残疾人证号')).toHaveText(messages['disabilityCert.residentIdMismatch']);
  await expect(form.error('身份证号')).toHaveCount(0);
  await expect(form.createHeading).toBeVisible();
  expect(creates).toEqual([]);
});

test('键盘录入：姓名中按回车跳到身份证号；输入残疾人证号后自动填入残疾类别和残疾等级', async ({
  page,
  demo: shell,
}) => {
  const form = new PersonFormPage(page);
  const creates = watchCreates(page);
  const id = makeResidentId({ birth: '1991-04-08', seq: 12, sex: 'female' });

  await shell.open('残疾人');
  await new PersonListPage(page).createButton.click();
  await expect(form.createHeading).toBeVisible();
  // The form opens with the cursor in 姓名.
  await expect(form.field('姓名')).toBeFocused();
  await page.keyboard.type('滕书砚');
  await page.keyboard.press('Enter');
  await expect(form.field('身份证号')).toBeFocused();
  await page.keyboard.type(id);
  await expect(form.derived).toHaveText(`女 · 出生 1991-04-08 · ${ageOn('1991-04-08', officeToday())}岁`);
  await page.keyboard.press('Enter');
  await expect(form.field('残疾人证号')).toBeFocused();
  await page.keyboard.type(makeCert(id, 5, 3));

  await expect(form.selected('残疾类别')).toHaveText('智力残疾');
  await expect(form.selected('残疾等级')).toHaveText('三级');
  await expect(form.extra('残疾人证号')).toHaveText('已按证号填入：智力残疾 三级');
  await expect(form.error('残疾人证号')).toHaveCount(0);
  // Enter moved on each time; it never submitted the form.
  await expect(form.createHeading).toBeVisible();
  expect(creates).toEqual([]);
});

test('重复登记：输入已登记的身份证号时提示，并可打开已登记的记录', async ({ page, demo: shell }, testInfo) => {
  const form = new PersonFormPage(page);
  const detail = new PersonDetailPage(page);
  const id = makeResidentId({ birth: '1988-12-01', seq: 45, sex: 'female' });
  await registerPerson(page, shell, { name: '郜雨桐', residentId: id, certNumber: makeCert(id, 4, 3), street: STREET });
  const existingUrl = page.url();

  await shell.open('残疾人');
  await new PersonListPage(page).createButton.click();
  await form.fill({ name: '郜雨晴', residentId: id });
  await expect(form.duplicateWarning).toContainText('该身份证号已登记为“郜雨桐”。');
  await expect(form.openExisting).toBeVisible();
  await keepScreenshot(page, testInfo, 'person-form-duplicate');

  // Saving anyway is refused on the field by the server's rule.
  await form.fill({ certNumber: makeCert(id, 4, 3), street: STREET });
  await form.save();
  await expect(form.error('身份证号')).toHaveText(
    formatMessage('person.residentId.duplicate', { name: '郜雨桐' }, 'zh-CN'),
  );
  await expect(form.createHeading).toBeVisible();

  await form.openExisting.click();
  await expect(detail.title('郜雨桐')).toBeVisible();
  expect(page.url()).toBe(existingUrl);
});

test('安置托养：安置到寄宿制机构后，机构页“在托人员”列出此人并显示入住率', async ({ page, demo: shell }, testInfo) => {
  const id = makeResidentId({ birth: '1983-02-17', seq: 7, sex: 'male' });
  await registerPerson(page, shell, { name: '濮鹤鸣', residentId: id, certNumber: makeCert(id, 5, 2), street: STREET });
  await enrolPerson(page, '寄宿制托养', RESIDENTIAL);
  const detail = new PersonDetailPage(page);
  await expect(detail.historyOf('安置托养')).toHaveCount(1);

  await shell.open('托养机构');
  const institutions = new InstitutionListPage(page);
  await institutions.search(RESIDENTIAL);
  await institutions.openInstitution(RESIDENTIAL);
  await expect(new InstitutionDetailPage(page).title(RESIDENTIAL)).toBeVisible();

  const recipients = new RecipientsCard(page);
  const demo = DEMO_INSTITUTIONS.find((d) => d.name === RESIDENTIAL);
  expect(demo?.beds).toBe(120);
  expect(demo?.dayPlaces).toBe(60);
  // The demo register has nobody in care: this person is the only one.
  await expect(recipients.rows).toHaveCount(1);
  const row = recipients.row('濮鹤鸣');
  await expect(row).toContainText('男');
  await expect(row).toContainText(maskResidentId(id));
  await expect(row).toContainText('寄宿制托养');
  await expect(row).toContainText(officeToday());
  await expect(recipients.occupancy('寄宿制托养')).toHaveText('1 / 120（0.8%）');
  await expect(recipients.occupancy('日间照料')).toHaveText('0 / 60（0%）');
  await recipients.card.scrollIntoViewIfNeeded();
  await keepScreenshot(page, testInfo, 'institution-recipients');

  // The name leads back to the person.
  await row.getByRole('link', { name: '濮鹤鸣' }).click();
  await expect(detail.title('濮鹤鸣')).toBeVisible();
});

test('查询残疾人：按两字姓名、身份证号中间6位、拼音首字母都能找到且只找到此人', async ({
  page,
  demo: shell,
}, testInfo) => {
  const people = [
    { name: '欧晓楠', residentId: makeResidentId({ birth: '1990-07-28', seq: 3, sex: 'female' }) },
    { name: '岑蔚', residentId: makeResidentId({ birth: '1976-11-05', seq: 88, sex: 'male' }) },
    { name: '邝子墨', residentId: makeResidentId({ birth: '2001-01-19', seq: 150, sex: 'male' }) },
  ] as const;
  for (const p of people)
    await registerPerson(page, shell, { ...p, certNumber: makeCert(p.residentId, 4, 4), street: STREET });

  const list = new PersonListPage(page);
  await shell.open('残疾人');
  await list.expectTotal(3);

  const ou = people[0];
  const fragment = ou.residentId.slice(8, 14);
  // Sanity: the fragment is from the middle and belongs to this person's ID only.
  expect(people.filter((p) => p.residentId.includes(fragment)).map((p) => p.name)).toEqual(['欧晓楠']);

  const searches: [string, string][] = [
    ['岑蔚', '岑蔚'], // a two-character name
    ['晓楠', '欧晓楠'], // the two-character given name
    [fragment, '欧晓楠'], // six digits from the middle of the ID
    ['oxn', '欧晓楠'], // pinyin initials
    ['kzm', '邝子墨'],
  ];
  for (const [text, name] of searches) {
    await list.search(text);
    await list.expectTotal(1);
    await expect(list.names()).toHaveText([name]);
    const person = people.find((p) => p.name === name);
    await expect(list.row(name)).toContainText(maskResidentId(person?.residentId ?? ''));
    if (text === fragment) await keepScreenshot(page, testInfo, 'person-list-search-id-fragment');
  }
  await keepScreenshot(page, testInfo, 'person-list-search');
  await expect(page.locator('body')).not.toContainText(FULL_ID);
});

test('年审：基准日当天年满60周岁的在托人员列入名单，前一天不列入', async ({ page, demo: shell }, testInfo) => {
  const refDate = addDays(officeToday(), 30);
  const birth = yearsBefore(refDate, 60);
  const dayBefore = addDays(refDate, -1);
  expect(ageOn(birth, refDate)).toBe(60);
  expect(ageOn(birth, dayBefore)).toBe(59);
  const id = makeResidentId({ birth, seq: 5, sex: 'female' });
  await registerPerson(page, shell, { name: '苗若溪', residentId: id, certNumber: makeCert(id, 4, 2), street: STREET });
  await enrolPerson(page, '寄宿制托养', RESIDENTIAL);

  await shell.open('残疾人');
  await new PersonListPage(page).reviewButton.click();
  const review = new AnnualReviewPage(page);
  await expect(review.heading).toBeVisible();

  await review.chooseDate(refDate);
  await expect(review.rows).toHaveCount(1);
  const row = review.row('苗若溪');
  await expect(row).toContainText(`${birth}（60岁）`);
  await expect(row).toContainText(maskResidentId(id));
  await expect(row).toContainText(`寄宿制托养 · ${RESIDENTIAL}`);
  await expect(row).toContainText('已满60周岁');
  await expect(review.total).toHaveText('共 1 条');
  await keepScreenshot(page, testInfo, 'annual-review');

  await review.chooseDate(dayBefore);
  await expect(review.row('苗若溪')).toHaveCount(0);
  await expect(review.empty).toBeVisible();
});

test('证件号遮蔽：列表只显示遮蔽的身份证号；点击“显示完整证件号”后显示全号，并在变更记录中留下查看记录', async ({
  page,
  demo: shell,
}, testInfo) => {
  const id = makeResidentId({ birth: '1969-08-23', seq: 77, sex: 'male' });
  const cert = makeCert(id, 5, 1);
  await registerPerson(page, shell, { name: '岑蔚', residentId: id, certNumber: cert, street: STREET });
  const actor = await currentUser(shell);
  const detail = new PersonDetailPage(page);
  // Registering is recorded; nobody has looked at the full number yet.
  await expect(detail.historyOf('新增')).toHaveCount(1);
  await expect(detail.historyOf('查看完整证件号')).toHaveCount(0);

  const list = new PersonListPage(page);
  await shell.open('残疾人');
  await list.expectTotal(1);
  const row = list.row('岑蔚');
  await expect(row).toContainText(maskResidentId(id));
  // Nowhere on the page, visible or not, is an ID or certificate number written out in full.
  await expect(page.locator('body')).not.toContainText(FULL_ID);
  await toastGone(page);
  await keepScreenshot(page, testInfo, 'person-list-masked');

  await row.getByRole('button', { name: '显示完整证件号' }).click();
  await expect(row).toContainText(id);
  await expect(row.getByRole('button', { name: '显示完整证件号' })).toHaveCount(0);

  // The reveal is on the person's record, under the clerk who did it.
  await list.openPerson('岑蔚');
  await expect(detail.title('岑蔚')).toBeVisible();
  const reveals = detail.historyOf('查看完整证件号');
  await expect(reveals).toHaveCount(1);
  await expect(reveals.getByRole('cell', { name: actor, exact: true })).toBeVisible();
  await expect(detail.number('身份证号')).toHaveText(maskResidentId(id));

  // Revealing on the person's page shows the full number there and adds to the history at once.
  await detail.revealButton('残疾人证号').click();
  await expect(detail.number('残疾人证号')).toHaveText(cert);
  await expect(reveals).toHaveCount(2);
  await keepScreenshot(page, testInfo, 'person-detail-revealed');
});
