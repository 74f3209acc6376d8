import { afterAll, describe, expect, it } from 'vitest';
import { closePdfBrowser } from '#server/documents/pdf';
import { FULL_ID, personInput, refusal, useApp } from '../server/helpers';
import { demoRegister, guardianId, pdfOf, portraitPng } from './doc-fixtures';
import { keepPagePng, pdfPages, squash } from './pdf-text';

const app = useApp();
afterAll(() => closePdfBrowser());

describe('登记表 (registration forms) rendered to PDF', { timeout: 60_000 }, () => {
  it('prints one person on one A4 page: masked IDs, guardians, care, latest survey, signatures, photo', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const p = await a.api.persons.create(
      personInput(places, {
        name: '欧晓楠',
        seq: 31,
        address: '龙城街道愉园路8号3栋502',
        phone: '13912345678',
        economicStatus: 'dibao',
        hukouStreetId: places.streetB,
        hukouCommunityId: places.communityB1,
        guardians: [{ name: '欧建华', relation: '父亲', phone: '13800138000', residentId: guardianId(41) }],
      }),
    );
    await a.api.persons.setPhoto({ id: p.id, mime: 'image/png', dataBase64: portraitPng() });
    await a.api.persons.enrol({
      personId: p.id,
      mode: 'residential',
      institutionId: centreId,
      startDate: '2026-03-01',
    });
    await a.api.persons.addSurvey({
      personId: p.id,
      surveyDate: '2025-10-01',
      surveyor: '旧调查员',
      wantedMode: 'dayCare',
      wantedServices: [],
    });
    await a.api.persons.addSurvey({
      personId: p.id,
      surveyDate: '2026-02-10',
      surveyor: '李调查',
      wantedMode: 'residential',
      wantedServices: ['dailyCare', 'rehabNursing'],
    });

    const html = (await a.api.documents.render({ key: 'form.person', params: { id: p.id } })).html;
    expect(html).toContain('src="data:image/png;base64,');
    const pdf = await pdfOf(a, { key: 'form.person', params: { id: p.id } });
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('阳光家园计划托养对象登记表');
    expect(text).toContain('填报单位：龙岗区残疾人联合会');
    expect(text).toContain(p.residentIdMasked);
    expect(text).toContain(p.certNumberMasked);
    expect(text).not.toMatch(FULL_ID);
    for (const s of ['欧晓楠', '低保', '智力残疾', '二级', '布吉街道', '龙城街道', '愉园路8号', '13912345678'])
      expect(text).toContain(s);
    // Guardian, with the guardian's ID masked as well.
    expect(text).toContain('欧建华');
    expect(text).toContain(`${guardianId(41).slice(0, 6)}********${guardianId(41).slice(-4)}`);
    expect(text).toContain('寄宿制托养龙岗区残疾人托养中心2026-03-01');
    // The latest survey, not the older one.
    expect(text).toContain('李调查');
    expect(text).not.toContain('旧调查员');
    expect(text).toContain('生活照料、康复护理');
    for (const s of ['本人或监护人签字：', '经办人：', '审核人：', '（盖章）']) expect(text).toContain(s);
    keepPagePng(pdf, 'form-person');

    const history = await a.api.documents.history({});
    expect(history.data[0]).toMatchObject({ document: 'form.person', templateVersion: 1, recordIds: [p.id], pages: 1 });
  });

  it('prints an empty 1-inch photo frame and 未安置 for a person without photo or care', async () => {
    const a = app();
    const { places } = await demoRegister(a);
    const p = await a.api.persons.create(personInput(places, { name: '岑蔚', seq: 32 }));
    const html = (await a.api.documents.render({ key: 'form.person', params: { id: p.id } })).html;
    expect(html).not.toContain('<img');
    const text = squash(pdfPages(await pdfOf(a, { key: 'form.person', params: { id: p.id } }))[0]!);
    expect(text).toContain('照片（一寸）');
    expect(text).toContain('未安置');
    expect(text).toContain('未调查');
  });

  it('escapes register values: markup typed into an address or remark prints as text', async () => {
    const a = app();
    const { places } = await demoRegister(a);
    const p = await a.api.persons.create(
      personInput(places, { seq: 33, address: '<script>alert(1)</script>', remarks: '<img src=x onerror=alert(1)>' }),
    );
    const html = (await a.api.documents.render({ key: 'form.person', params: { id: p.id } })).html;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
  });

  it('prints an institution: registration, modes and services ticked, capacity, designation number', async () => {
    const a = app();
    const { centreId } = await demoRegister(a);
    const i = await a.api.institutions.get({ id: centreId });
    const pdf = await pdfOf(a, { key: 'form.institution', params: { id: centreId } });
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('阳光家园托养服务机构登记表');
    for (const s of [
      i.name,
      i.creditCode!,
      '公办',
      i.personInCharge,
      i.phone,
      '120',
      '60',
      i.designationNo!,
      '2025年6月18日',
      '机构负责人签字：',
    ])
      expect(text).toContain(s);
    // Every mode and service is listed; the offered ones carry a tick.
    expect(text).toContain('√寄宿制托养√日间照料居家托养');
    expect(text).toContain('√生活照料√生活技能训练职业康复');
    keepPagePng(pdf, 'form-institution');
    expect((await a.api.documents.history({})).data[0]).toMatchObject({
      document: 'form.institution',
      recordIds: [centreId],
    });
  });

  it('refuses an unknown record with a Chinese message', async () => {
    const a = app();
    await demoRegister(a);
    const e = await refusal(a.api.documents.render({ key: 'form.person', params: { id: 9999 } }));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('未找到');
  });
});
