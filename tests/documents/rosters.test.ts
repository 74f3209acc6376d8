import { afterAll, describe, expect, it } from 'vitest';
import { closePdfBrowser } from '#server/documents/pdf';
import { rowsPerPage } from '#server/documents/roster';
import { DEMO_INSTITUTIONS } from '#server/services/demo-data';
import { personInput, useApp } from '../server/helpers';
import { keepPagePng, pdfPages, squash } from './pdf-text';

const app = useApp();
afterAll(() => closePdfBrowser());

const pdfOf = async (
  a: ReturnType<typeof app>,
  request: Parameters<ReturnType<typeof app>['api']['documents']['pdf']>[0],
) => Buffer.from((await a.api.documents.pdf(request)).pdfBase64, 'base64');

describe('花名册 (rosters) rendered to PDF', { timeout: 60_000 }, () => {
  it('prints the demo institutions with title, page X of Y on every page, header repeated, totals and signatures', async () => {
    const a = app();
    await a.api.setup.loadDemo({});
    const pdf = await pdfOf(a, { key: 'roster.institutions', params: {} });
    const pages = pdfPages(pdf).map(squash);
    const expected = Math.ceil(DEMO_INSTITUTIONS.length / rowsPerPage());
    expect(pages.length).toBe(expected);
    expect(expected).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain(`龙岗区${new Date().getFullYear()}年度阳光家园计划托养服务机构花名册`);
      expect(text).toContain(`第${i + 1}页共${expected}页`);
      expect(text).toContain('序号机构名称统一社会信用代码');
      expect(text).toContain('经办人：审核人：负责人：');
      expect(text).toContain('填报单位（盖章）：龙岗区残疾人联合会');
    });
    const beds = DEMO_INSTITUTIONS.reduce((s, i) => s + i.beds, 0);
    expect(pages.at(-1)).toContain(`合计共${DEMO_INSTITUTIONS.length}家`);
    expect(pages.at(-1)).toContain(String(beds));
    expect(pages[0]).not.toContain('合计');
    keepPagePng(pdf, 'roster-institutions');

    const history = await a.api.documents.history({});
    expect(history.data[0]).toMatchObject({
      document: 'roster.institutions',
      output: 'pdf',
      actor: 'tester',
      pages: expected,
      copies: 1,
    });
    expect(history.data[0]?.recordIds).toHaveLength(DEMO_INSTITUTIONS.length);
  });

  it('prints enrolled persons with masked IDs and the amount total in figures and 大写', async () => {
    const a = app();
    await a.api.setup.loadDemo({});
    const tree = await a.api.divisions.tree({});
    const street = tree[0]!.children.find((s) => s.name === '龙城街道')!;
    const places = {
      districtId: tree[0]!.id,
      streetA: street.id,
      streetB: street.id,
      communityA1: street.children[0]!.id,
      communityB1: street.children[0]!.id,
    };
    const centre = (await a.api.institutions.list({ keyword: '龙岗区残疾人托养中心' })).data[0]!;
    const p1 = await a.api.persons.create(personInput(places, { name: '欧晓楠', seq: 11 }));
    const p2 = await a.api.persons.create(personInput(places, { name: '岑蔚', seq: 12 }));
    await a.api.persons.enrol({
      personId: p1.id,
      mode: 'residential',
      institutionId: centre.id,
      startDate: '2026-01-01',
    });
    await a.api.persons.enrol({ personId: p2.id, mode: 'dayCare', institutionId: centre.id, startDate: '2026-01-01' });

    const pdf = await pdfOf(a, { key: 'roster.persons', params: { enrolled: 'yes' } });
    const [text] = pdfPages(pdf).map(squash);
    expect(text).toContain('阳光家园计划托养对象花名册');
    expect(text).toContain('第1页共1页');
    expect(text).toContain(p1.residentIdMasked);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).toContain('1,500.00');
    expect(text).toContain('600.00');
    expect(text).toContain('2,100.00');
    expect(text).toContain('人民币贰仟壹佰元整');
    keepPagePng(pdf, 'roster-persons');
  });

  it('remembers the columns a clerk chose for a roster and refuses unknown ones', async () => {
    const a = app();
    await a.api.setup.loadDemo({});
    await a.api.documents.setColumns({ key: 'roster.institutions', columns: ['name', 'beds'] });
    expect((await a.api.documents.columns({ key: 'roster.institutions' })).chosen).toEqual(['name', 'beds']);
    const html = (await a.api.documents.render({ key: 'roster.institutions', params: {} })).html;
    expect(html).toContain('<th>床位数</th>');
    expect(html).not.toContain('<th>统一社会信用代码</th>');
    await expect(a.api.documents.setColumns({ key: 'roster.institutions', columns: ['nope'] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
