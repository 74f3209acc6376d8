import { describe, expect, it } from 'vitest';
import { maskResidentId } from '#domain/masking';
import { makeCardNumber } from '#domain/printing/card-number';
import type { ServiceCard } from '#server/contract/card-types';
import type { Institution, PersonListItem, StaffListItem } from '#server/contract/types';
import type { CardFace } from '#server/documents/card-face';
import { renderCardSheet } from '#server/documents/card-sheet';
import { renderCardSingle } from '#server/documents/card-single';
import { type DesignationData, renderDesignationCertificate } from '#server/documents/designation-certificate';
import { renderDesignationSign } from '#server/documents/designation-sign';
import { type PrintedInstitution, renderInstitutionForm } from '#server/documents/institution-form';
import { renderPermitCard } from '#server/documents/permit-card';
import { renderPermitA5 } from '#server/documents/permit-certificate';
import type { PermitHolder } from '#server/documents/permit-holder';
import { type PersonFormData, renderPersonForm } from '#server/documents/person-form';
import type { DocumentKey } from '#server/documents/registry';
import type { Heading, Rendered } from '#server/documents/rendered';
import { institutionRoster, personRoster, renderRosterDoc, staffRoster } from '#server/documents/rosters';
import { makeCreditCode, makeResidentId } from '../fixtures/synthetic';
import { FULL_ID } from '../server/helpers';

/**
 * Every document rendered from a plain data object, as its loader would hand it over: no
 * database, no services, no browser. The text checked is what a clerk reads on the paper.
 */

const PHOTO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const HEADING: Heading = { district: '龙岗区', unit: '龙岗区残疾人联合会', year: 2026, date: '2026年3月5日' };

const personId = makeResidentId({ birth: '1990-05-01', seq: 31 });
const guardianId = makeResidentId({ birth: '1960-02-02', seq: 41 });
const staffId = makeResidentId({ birth: '1985-08-08', seq: 21 });
const FULL_IDS = [personId, guardianId, staffId];

/** The text on the pages (not the title or styles), entities decoded, whitespace removed. */
function visible(r: Rendered): string {
  const body = r.html.slice(r.html.indexOf('<body>'));
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", emsp: ' ' };
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|emsp);/g, (_, e: string) => entities[e] ?? '')
    .replace(/\s+/g, '');
}

const person: PersonFormData['person'] = {
  id: 7,
  name: '欧晓楠',
  sex: 'female',
  birthDate: '1990-05-01',
  residentIdMasked: maskResidentId(personId),
  certNumberMasked: `${maskResidentId(personId)}52`,
  certIssueDate: '2020-06-01',
  category: 'intellectual',
  level: 2,
  status: 'active',
  economicStatus: 'dibao',
  phone: '13912345678',
  createdAt: '2026-01-05T02:00:00.000Z',
  hukouStreetName: '布吉街道',
  hukouCommunityName: '布吉社区',
  residenceStreetName: '龙城街道',
  residenceCommunityName: '愉园社区',
  address: '龙城街道愉园路8号3栋502',
  guardians: [{ name: '欧建华', relation: '父亲', phone: '13800138000', residentIdMasked: maskResidentId(guardianId) }],
  remarks: null,
};

const institution: PrintedInstitution = {
  id: 3,
  name: '龙岗区阳光&康乐托养中心',
  creditCode: makeCreditCode(),
  registrationNo: '民证字第0301号',
  registeringDept: '龙岗区民政局',
  ownership: 'privatePublicAided',
  streetName: '龙城街道',
  communityName: '愉园社区',
  status: 'operating',
  address: '龙城街道愉园路1号',
  personInCharge: '岑蔚',
  phone: '0755-28900000',
  modes: ['residential', 'dayCare'],
  beds: 120,
  dayPlaces: 30,
  floorArea: 2400,
  services: ['dailyCare', 'rehabNursing'],
  serviceContent: '生活照料与康复护理，按月收费。',
  designationNo: 'YGJY-440307-007',
  designationDate: '2025-09-01',
  remarks: null,
};
const designation: DesignationData = {
  institution: { id: 3, name: institution.name, designationNo: 'YGJY-440307-007', designationDate: '2025-09-01' },
  unit: HEADING.unit,
};

const card = (id: number, seq: number, name: string, enrolment: ServiceCard['enrolment']): CardFace => ({
  card: {
    id,
    personId: 100 + id,
    personName: name,
    residentIdMasked: maskResidentId(makeResidentId({ seq: 50 + seq })),
    cardNumber: makeCardNumber({ district: '440307', year: 2026, seq }),
    status: 'requested',
    requestedAt: '2026-03-01T01:00:00.000Z',
    printedAt: null,
    handedOverAt: null,
    batchNo: null,
    actor: 'clerk',
    enrolment,
  },
  photo: seq === 1 ? PHOTO : null,
  issueDate: '2026年3月5日',
  unit: HEADING.unit,
});
const centre = { mode: 'residential' as const, institutionName: '龙岗区残疾人托养中心' };
const faces = Array.from({ length: 12 }, (_, i) =>
  card(i + 1, i + 1, `持卡人${i + 1}`, i === 11 ? { mode: 'homeCare', institutionName: null } : centre),
);

const holder: PermitHolder = {
  staffId: 9,
  name: '陈静',
  sex: '女',
  residentIdMasked: maskResidentId(staffId),
  employer: '龙岗区残疾人托养中心',
  post: '护理',
  number: 'LGSG2026-0001',
  issueDate: '2026年2月1日',
  validUntil: '2029年1月31日',
  issuer: '龙岗区残疾人联合会',
  photo: PHOTO,
};

const listInstitution: Institution = {
  ...institution,
  streetId: 1,
  communityId: 2,
  archived: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const listPerson = (id: number, name: string, enrolment: PersonListItem['enrolment']): PersonListItem => ({
  id,
  name,
  sex: 'male',
  birthDate: '1988-01-01',
  residentIdMasked: maskResidentId(makeResidentId({ birth: '1988-01-01', seq: id })),
  category: 'physical',
  level: 1,
  residenceStreetName: '龙城街道',
  residenceCommunityName: '愉园社区',
  phoneMasked: null,
  status: 'active',
  enrolment,
  archived: false,
});
const persons = [
  listPerson(1, '简明轩', { mode: 'residential', institutionName: '龙岗区残疾人托养中心', startDate: '2026-01-01' }),
  listPerson(2, '廖思琪', { mode: 'dayCare', institutionName: '龙岗区残疾人托养中心', startDate: '2026-02-01' }),
  listPerson(3, '蒙嘉怡', null),
];
const staff: StaffListItem = {
  id: 9,
  name: '陈静',
  sex: 'female',
  birthDate: '1985-08-08',
  residentIdMasked: maskResidentId(staffId),
  phoneMasked: null,
  employerInstitutionId: 3,
  employerName: null,
  post: 'nursing',
  hireDate: '2025-06-01',
  leaveDate: null,
  permit: {
    id: 1,
    number: 'LGSG2026-0001',
    issueDate: '2026-02-01',
    validUntil: '2029-01-31',
    issuer: '龙岗区残疾人联合会',
    status: 'valid',
    statusReason: null,
    standing: 'valid',
  },
  archived: false,
};

/** One render per document key: a document added to the registry needs its pure case here too. */
const RENDERS: Record<DocumentKey, () => Rendered> = {
  'roster.institutions': () =>
    renderRosterDoc(institutionRoster, { heading: HEADING, columns: [], records: [listInstitution] }),
  'roster.persons': () =>
    renderRosterDoc(personRoster, {
      heading: HEADING,
      columns: [],
      records: { persons, standards: { residential: 150_000, dayCare: 60_000, homeCare: 60_000 } },
    }),
  'roster.staff': () =>
    renderRosterDoc(staffRoster, {
      heading: HEADING,
      columns: ['name', 'residentId', 'permit', 'standing'],
      records: [staff],
    }),
  'form.person': () =>
    renderPersonForm({
      heading: HEADING,
      person,
      enrolment: { mode: 'residential', institutionName: '龙岗区残疾人托养中心', startDate: '2026-03-01' },
      survey: {
        surveyDate: '2026-02-10',
        surveyor: '李调查',
        wantedMode: 'residential',
        wantedServices: ['dailyCare', 'rehabNursing'],
        remarks: null,
      },
      photo: PHOTO,
    }),
  'form.institution': () => renderInstitutionForm({ heading: HEADING, institution }),
  'card.single': () => renderCardSingle(faces[0]!),
  'card.sheet': () => renderCardSheet(faces),
  'permit.card': () => renderPermitCard(holder),
  'permit.a5': () => renderPermitA5(holder),
  'designation.certificate': () => renderDesignationCertificate(designation),
  'designation.sign': () => renderDesignationSign(designation),
};

describe('documents render from plain data, without a database', () => {
  it.each(Object.keys(RENDERS) as DocumentKey[])('%s renders a complete page and never a full ID', (key) => {
    const r = RENDERS[key]();
    expect(r.html.startsWith('<!doctype html>')).toBe(true);
    expect(r.pages).toBeGreaterThan(0);
    expect(r.html.match(/<section class="page/g)).toHaveLength(r.pages);
    expect(r.html).toMatch(/@page \{ size: [\d.]+mm [\d.]+mm; margin: 0; \}/);
    for (const id of FULL_IDS) expect(r.html).not.toContain(id);
    expect(visible(r)).not.toMatch(FULL_ID);
  });

  it('登记表 of a person: name, masked IDs, labels of stored values, guardian, care, survey, photo', () => {
    const r = RENDERS['form.person']();
    expect(r).toMatchObject({ title: '阳光家园计划托养对象登记表（欧晓楠）', pages: 1, ids: [7] });
    const text = visible(r);
    for (const s of [
      '阳光家园计划托养对象登记表',
      '填报单位：龙岗区残疾人联合会',
      '填表日期：2026年3月5日',
      '姓名欧晓楠',
      '性别女',
      `身份证号${maskResidentId(personId)}`,
      `残疾人证号${maskResidentId(personId)}52`,
      '残疾类别智力残疾',
      '残疾等级二级',
      '经济状况低保',
      '户籍所在地布吉街道布吉社区',
      '欧建华父亲13800138000',
      maskResidentId(guardianId),
      '寄宿制托养龙岗区残疾人托养中心2026-03-01',
      '2026-02-10李调查寄宿制托养',
      '生活照料、康复护理',
      '龙岗区残疾人联合会（盖章）',
    ])
      expect(text).toContain(s);
    expect(r.html).toContain(`<img src="${PHOTO}"`);
  });

  it('登记表 of an institution: name escaped, credit code, ticked modes, capacity, designation number', () => {
    const r = RENDERS['form.institution']();
    expect(r).toMatchObject({ title: '阳光家园托养服务机构登记表（龙岗区阳光&康乐托养中心）', pages: 1, ids: [3] });
    expect(r.html).toContain('龙岗区阳光&amp;康乐托养中心');
    const text = visible(r);
    for (const s of [
      '机构名称龙岗区阳光&康乐托养中心',
      `统一社会信用代码${makeCreditCode()}`,
      '举办性质民办公助',
      '机构状态运营中',
      '床位数（张）120',
      '日间照料名额30',
      '阳光家园挂牌编号YGJY-440307-007',
      '挂牌日期2025年9月1日',
    ])
      expect(text).toContain(s);
    expect(text).toContain('√寄宿制托养√日间照料居家托养');
  });

  it('服务卡: one card on two pages; twelve on two sheets of fronts and backs, with every card number', () => {
    const single = RENDERS['card.single']();
    expect(single).toMatchObject({ title: '阳光家园服务卡（持卡人1）', pages: 2, ids: [1] });
    const text = visible(single);
    for (const s of [
      '阳光家园',
      '服务卡',
      '持卡人1',
      faces[0]!.card.residentIdMasked,
      faces[0]!.card.cardNumber,
      '托养机构龙岗区残疾人托养中心',
      '发卡日期2026年3月5日',
      '使用须知',
      '发卡单位：龙岗区残疾人联合会',
    ])
      expect(text).toContain(s);
    expect(single.html).toContain('<svg class="qr"');

    const sheet = RENDERS['card.sheet']();
    expect(sheet).toMatchObject({ title: '阳光家园服务卡（12张）', pages: 4, ids: faces.map((f) => f.card.id) });
    const sheetText = visible(sheet);
    for (const f of faces) expect(sheetText).toContain(f.card.cardNumber);
    expect(sheetText).toContain('托养方式居家托养');
  });

  it('上岗证: card and A5 certificate show the holder, masked ID, number, validity and issuer', () => {
    for (const key of ['permit.card', 'permit.a5'] as const) {
      const r = RENDERS[key]();
      expect(r).toMatchObject({ title: '上岗证（陈静）', pages: 1, ids: [9] });
      const text = visible(r);
      for (const s of [
        '上岗证',
        '陈静',
        maskResidentId(staffId),
        '龙岗区残疾人托养中心',
        '护理',
        'LGSG2026-0001',
        '2026年2月1日',
        '2029年1月31日',
        '龙岗区残疾人联合会',
      ])
        expect(text).toContain(s);
      expect(r.html).toContain(`<img src="${PHOTO}"`);
    }
  });

  it('阳光家园 certificate and door sign: institution, designation number, issuing unit', () => {
    const cert = RENDERS['designation.certificate']();
    expect(cert).toMatchObject({ title: '阳光家园称号证书（龙岗区阳光&康乐托养中心）', pages: 1, ids: [3] });
    for (const s of [
      '编号：YGJY-440307-007',
      '授予',
      '龙岗区阳光&康乐托养中心',
      '“阳光家园”称号',
      '龙岗区残疾人联合会',
      '2025年9月1日',
    ])
      expect(visible(cert)).toContain(s);
    const sign = RENDERS['designation.sign']();
    expect(sign).toMatchObject({ title: '阳光家园标牌（龙岗区阳光&康乐托养中心）', pages: 1, ids: [3] });
    for (const s of ['阳光家园', '龙岗区阳光&康乐托养中心', 'YGJY-440307-007', '龙岗区残疾人联合会'])
      expect(visible(sign)).toContain(s);
  });

  it('花名册: title of the district and year, rows in labels, counts, sums and money in figures and 大写', () => {
    const people = RENDERS['roster.persons']();
    expect(people).toMatchObject({ title: '龙岗区2026年度阳光家园计划托养对象花名册', pages: 1, ids: [1, 2, 3] });
    const text = visible(people);
    for (const s of [
      '填报单位（盖章）：龙岗区残疾人联合会',
      '简明轩',
      persons[0]!.residentIdMasked,
      '肢体残疾',
      '一级',
      '龙城街道/愉园社区',
      '寄宿制托养',
      '日间照料',
      '未安置',
      '1,500.00',
      '600.00',
      '共3人',
      '2,100.00',
      '人民币贰仟壹佰元整',
      '第1页共1页',
    ])
      expect(text).toContain(s);

    const places = RENDERS['roster.institutions']();
    expect(places).toMatchObject({ title: '龙岗区2026年度阳光家园计划托养服务机构花名册', ids: [3] });
    for (const s of [
      '龙岗区阳光&康乐托养中心',
      makeCreditCode(),
      '民办公助',
      '寄宿制托养、日间照料',
      '共1家',
      '120',
      '30',
    ])
      expect(visible(places)).toContain(s);

    // Only the columns chosen, in the roster's own order.
    const workers = RENDERS['roster.staff']();
    const workersText = visible(workers);
    expect(workersText).toContain(`序号姓名身份证号上岗证号持证状态1陈静${maskResidentId(staffId)}LGSG2026-0001有效`);
    expect(workersText).not.toContain('用人单位');
  });
});
