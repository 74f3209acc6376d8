// Nothing is cut off on paper: every document, with the longest values the register accepts
// (or close to them), lays out inside its pages and cards.
import { afterAll, describe, expect, it } from 'vitest';
import { INSTITUTION_SERVICES } from '#domain/institution/enums';
import type { DocumentRequest } from '#server/contract';
import { closePdfBrowser } from '#server/documents/pdf';
import {
  addTraining,
  creditCode,
  institutionInput,
  personInput,
  staffInput,
  type TestApp,
  useApp,
} from '../server/helpers';
import {
  demoRegister,
  enrolledPersons,
  guardianId,
  overflowing,
  pdfOf,
  permittedStaff,
  portraitPng,
} from './doc-fixtures';
import { pdfPages } from './pdf-text';

const app = useApp();
afterAll(() => closePdfBrowser());

const LONG_NAME =
  '深圳市龙岗区残疾人联合会阳光家园寄宿制托养、日间照料与居家托养服务综合示范中心（平湖片区第二分中心试点单位）';
const text = (n: number, unit = '长文本测试内容，') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

async function worstCase(a: TestApp) {
  const { places } = await demoRegister(a);
  const inst = await a.api.institutions.create(
    institutionInput(places, {
      name: LONG_NAME,
      creditCode: creditCode(77),
      registrationNo: text(50, '民证字第0123456789号'),
      registeringDept: text(50, '深圳市龙岗区民政局社会组织管理科'),
      modes: ['residential', 'dayCare', 'homeCare'],
      beds: 300,
      dayPlaces: 200,
      floorArea: 99999,
      address: text(200, '深圳市龙岗区平湖街道平安大道'),
      personInCharge: '阿卜杜热合曼·艾合买提江',
      services: [...INSTITUTION_SERVICES],
      serviceContent: text(4000),
      designationNo: '龙岗阳光家园〔2026〕101号',
      designationDate: '2026-05-01',
      remarks: text(1000),
    }),
  );
  const guardians = Array.from({ length: 5 }, (_, i) => ({
    name: '阿卜杜热合曼·艾合买提江·买买提明',
    relation: '祖父母/外祖父母',
    phone: '13800138000',
    residentId: guardianId(50 + i),
  }));
  const p = await a.api.persons.create(
    personInput(places, {
      name: '阿卜杜热合曼·艾合买提江·买买提明',
      seq: 60,
      address: text(200, '深圳市龙岗区龙城街道愉园路'),
      phone: '0755-28901234',
      remarks: text(1000),
      guardians,
      hukouStreetId: places.streetB,
      hukouCommunityId: places.communityB1,
    }),
  );
  await a.api.persons.setPhoto({ id: p.id, mime: 'image/png', dataBase64: portraitPng() });
  await a.api.persons.enrol({ personId: p.id, mode: 'residential', institutionId: inst.id, startDate: '2026-01-01' });
  await a.api.persons.addSurvey({
    personId: p.id,
    surveyDate: '2026-01-01',
    surveyor: '阿卜杜热合曼·艾合买提江',
    wantedMode: 'residential',
    wantedServices: [...INSTITUTION_SERVICES],
    remarks: text(1000),
  });
  const [card] = (await a.api.cards.request({ personIds: [p.id] })).issued;
  const s = await a.api.staff.create(
    staffInput({ name: '阿卜杜热合曼·艾合买提江·买买提明', seq: 61, employerInstitutionId: inst.id }),
  );
  await addTraining(a.api, s.id);
  await a.api.staff.issuePermit({
    staffId: s.id,
    issueDate: '2026-02-01',
    issuer: text(60, '深圳市龙岗区残疾人联合会托养服务人员培训考核办公室'),
  });
  return { personId: p.id, institutionId: inst.id, cardId: card!.id, staffId: s.id };
}

const requests = (ids: {
  personId: number;
  institutionId: number;
  cardId: number;
  staffId: number;
}): DocumentRequest[] => [
  { key: 'form.person', params: { id: ids.personId } },
  { key: 'form.institution', params: { id: ids.institutionId } },
  { key: 'card.single', params: { cardId: ids.cardId } },
  { key: 'card.sheet', params: { status: 'requested' } },
  { key: 'permit.card', params: { staffId: ids.staffId } },
  { key: 'permit.a5', params: { staffId: ids.staffId } },
  { key: 'designation.certificate', params: { id: ids.institutionId } },
  { key: 'designation.sign', params: { id: ids.institutionId } },
];

describe('document layout', { timeout: 120_000 }, () => {
  it('keeps the longest register values inside every page and card, on the pages it announced', async () => {
    const a = app();
    const ids = await worstCase(a);
    for (const request of requests(ids)) {
      const r = await a.api.documents.render(request);
      expect(await overflowing(r.html), request.key).toEqual([]);
      expect(pdfPages(await pdfOf(a, request)), request.key).toHaveLength(r.pages);
    }
  });

  it('lays out demo-sized values inside their pages too', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const [p] = await enrolledPersons(a, places, centreId, 1);
    const [card] = (await a.api.cards.request({ personIds: [p!.id] })).issued;
    const { staff } = await permittedStaff(a, centreId);
    for (const request of requests({ personId: p!.id, institutionId: centreId, cardId: card!.id, staffId: staff.id })) {
      expect(await overflowing((await a.api.documents.render(request)).html), request.key).toEqual([]);
    }
  });
});
