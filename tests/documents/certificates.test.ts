import { afterAll, describe, expect, it } from 'vitest';
import { formatDateZh } from '#domain/dates';
import { closePdfBrowser } from '#server/documents/pdf';
import { FULL_ID, refusal, staffInput, useApp } from '../server/helpers';
import { demoRegister, pdfOf, permittedStaff, portraitPng } from './doc-fixtures';
import { keepPagePng, pdfPages, squash } from './pdf-text';

const app = useApp();
afterAll(() => closePdfBrowser());

describe('上岗证 rendered to PDF', { timeout: 60_000 }, () => {
  it('prints a valid permit as an ID-1 card and as an A5 certificate, ID masked', async () => {
    const a = app();
    const { centreId } = await demoRegister(a);
    const { staff, permit } = await permittedStaff(a, centreId);
    await a.api.staff.setPhoto({ id: staff.id, mime: 'image/png', dataBase64: portraitPng() });
    const expected = [
      '上岗证',
      '陈静',
      staff.residentIdMasked,
      '龙岗区残疾人托养中心',
      '护理',
      permit.number,
      formatDateZh(permit.issueDate),
      formatDateZh(permit.validUntil),
      '龙岗区残疾人联合会',
    ];

    for (const [key, name] of [
      ['permit.card', 'permit-card'],
      ['permit.a5', 'permit-a5'],
    ] as const) {
      const pdf = await pdfOf(a, { key, params: { staffId: staff.id } });
      const pages = pdfPages(pdf).map(squash);
      expect(pages, key).toHaveLength(1);
      for (const s of expected) expect(pages[0], `${key}: ${s}`).toContain(squash(s));
      expect(pages[0]).toContain('盖章');
      expect(pages[0]).not.toMatch(FULL_ID);
      keepPagePng(pdf, name);
      expect((await a.api.documents.history({})).data[0]).toMatchObject({
        document: key,
        templateVersion: 1,
        recordIds: [staff.id],
        pages: 1,
      });
    }
    const html = (await a.api.documents.render({ key: 'permit.a5', params: { staffId: staff.id } })).html;
    expect(html).toContain('src="data:image/png;base64,');
  });

  it('refuses staff without a permit, and a suspended permit, in Chinese', async () => {
    const a = app();
    const { centreId } = await demoRegister(a);
    const none = await a.api.staff.create(staffInput({ seq: 23, employerInstitutionId: centreId }));
    const e1 = await refusal(a.api.documents.render({ key: 'permit.card', params: { staffId: none.id } }));
    expect(e1.message).toBe('该人员尚未取得上岗证，不能打印');

    const { staff, permit } = await permittedStaff(a, centreId, 25);
    await a.api.staff.changePermitStatus({ permitId: permit.id, action: 'suspend', reason: '培训复核中' });
    const e2 = await refusal(a.api.documents.pdf({ key: 'permit.a5', params: { staffId: staff.id } }));
    expect(e2.message).toBe(`该人员的上岗证（${permit.number}）已过期、暂停或吊销，不能打印。请先续期或恢复`);
    // A refused print is no print: the history stays empty.
    expect((await a.api.documents.history({})).total).toBe(0);
  });
});

describe('阳光家园 designation certificate and door sign rendered to PDF', { timeout: 60_000 }, () => {
  it('prints the certificate: 授予 <机构> “阳光家园”称号, number, date, issuing unit, seal space', async () => {
    const a = app();
    const { centreId } = await demoRegister(a);
    const i = await a.api.institutions.get({ id: centreId });
    const pdf = await pdfOf(a, { key: 'designation.certificate', params: { id: centreId } });
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`授予${i.name}“阳光家园”称号`);
    expect(pages[0]).toContain(`编号：${squash(i.designationNo!)}`);
    expect(pages[0]).toContain('龙岗区残疾人联合会');
    expect(pages[0]).toContain('2025年6月18日');
    keepPagePng(pdf, 'designation-certificate');
  });

  it('prints the door sign in large type', async () => {
    const a = app();
    const { centreId } = await demoRegister(a);
    const i = await a.api.institutions.get({ id: centreId });
    const pdf = await pdfOf(a, { key: 'designation.sign', params: { id: centreId } });
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(1);
    for (const s of ['阳光家园', i.name, squash(i.designationNo!)]) expect(pages[0]).toContain(s);
    keepPagePng(pdf, 'designation-sign');
    expect((await a.api.documents.history({})).data[0]).toMatchObject({
      document: 'designation.sign',
      recordIds: [centreId],
    });
  });

  it('refuses an institution without a designation number', async () => {
    const a = app();
    await demoRegister(a);
    const plain = (await a.api.institutions.list({ keyword: '启智日间照料中心' })).data[0]!;
    expect(plain.designationNo).toBeNull();
    for (const key of ['designation.certificate', 'designation.sign'] as const) {
      const e = await refusal(a.api.documents.render({ key, params: { id: plain.id } }));
      expect(e.message).toBe('该机构尚未取得“阳光家园”挂牌编号，不能打印称号证书或标牌');
    }
  });
});
