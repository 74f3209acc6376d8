import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import type { DocumentRequest } from '#server/contract';
import { findChromium } from '#server/documents/pdf';
import { makeResidentId } from '../fixtures/synthetic';
import { addTraining, personInput, type Places, staffInput, type TestApp } from '../server/helpers';

/** Invented names only. */
export const NAMES = [
  '欧晓楠',
  '岑蔚',
  '简明轩',
  '廖思琪',
  '蒙嘉怡',
  '覃志远',
  '莫雨桐',
  '甘子豪',
  '殷若曦',
  '韦俊杰',
  '农晓燕',
  '饶家乐',
  '谭书瑶',
  '黎景行',
];

export async function pdfOf(a: TestApp, request: DocumentRequest): Promise<Buffer> {
  return Buffer.from((await a.api.documents.pdf(request)).pdfBase64, 'base64');
}

/** The demo district loaded, and places in 龙城街道 in the shape personInput wants. */
export async function demoRegister(a: TestApp): Promise<{ places: Places; centreId: number; homeStationId: number }> {
  await a.api.setup.loadDemo({});
  const tree = await a.api.divisions.tree({});
  const street = tree[0]!.children.find((s) => s.name === '龙城街道')!;
  const other = tree[0]!.children.find((s) => s.name === '布吉街道')!;
  const places = {
    districtId: tree[0]!.id,
    streetA: street.id,
    streetB: other.id,
    communityA1: street.children[0]!.id,
    communityB1: other.children[0]!.id,
  };
  const centreId = (await a.api.institutions.list({ keyword: '龙岗区残疾人托养中心' })).data[0]!.id;
  const homeStationId = (await a.api.institutions.list({ keyword: '阳光居家托养服务站' })).data[0]!.id;
  return { places, centreId, homeStationId };
}

/** `n` persons enrolled in residential care at the demo centre (ID order codes from `from`). */
export async function enrolledPersons(a: TestApp, places: Places, centreId: number, n: number, from = 1) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = await a.api.persons.create(
      personInput(places, { name: NAMES[(from + i - 1) % NAMES.length]!, seq: from + i }),
    );
    await a.api.persons.enrol({
      personId: p.id,
      mode: 'residential',
      institutionId: centreId,
      startDate: '2026-01-01',
    });
    out.push(p);
  }
  return out;
}

/** A made-up portrait (a head and shoulders on blue), so photo frames show a real image. */
export function portraitPng(w = 150, h = 200): string {
  const png = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const head = (x - w / 2) ** 2 + (y - h * 0.38) ** 2 < (w * 0.22) ** 2;
      const body = y > h * 0.62 && Math.abs(x - w / 2) < w * 0.36 + (y - h * 0.62) * 0.5;
      const [r, g, b] = head ? [240, 200, 170] : body ? [60, 60, 70] : [70, 130, 200];
      const o = (y * w + x) * 4;
      png.data[o] = r;
      png.data[o + 1] = g;
      png.data[o + 2] = b;
      png.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(png).toString('base64');
}

/** A care worker of the demo centre with a passed training and a 上岗证 issued this year. */
export async function permittedStaff(a: TestApp, employerInstitutionId: number, seq = 21) {
  const s = await a.api.staff.create(staffInput({ name: '陈静', seq, employerInstitutionId, post: 'nursing' }));
  await addTraining(a.api, s.id, { endDate: '2026-01-10' });
  const permit = await a.api.staff.issuePermit({
    staffId: s.id,
    issueDate: '2026-02-01',
    issuer: '龙岗区残疾人联合会',
  });
  return { staff: s, permit };
}

/** A full synthetic ID for guardians (never printed in full: the form masks it). */
export const guardianId = (seq: number) => makeResidentId({ birth: '1955-06-15', seq });

/** Page `page` of the PDF as pixels, at `dpi`. */
export function pageImage(pdf: Buffer, page: number, dpi = 200): PNG {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-png-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      path.join(dir, 'p'),
    ]);
    return PNG.sync.read(fs.readFileSync(path.join(dir, 'p.png')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Decodes the one QR code inside a region (mm from the page's top left), or the whole page. */
export function decodeQr(
  img: PNG,
  dpi: number,
  region?: { x: number; y: number; w: number; h: number },
): string | null {
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const x0 = region ? Math.max(0, px(region.x)) : 0;
  const y0 = region ? Math.max(0, px(region.y)) : 0;
  const w = region ? Math.min(img.width - x0, px(region.w)) : img.width;
  const h = region ? Math.min(img.height - y0, px(region.h)) : img.height;
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    const from = ((y0 + y) * img.width + x0) * 4;
    data.set(img.data.subarray(from, from + w * 4), y * w * 4);
  }
  return jsQR(data, w, h)?.data ?? null;
}

/**
 * Elements that stick out of their page (or card): laid out by Chromium for print, every element
 * inside a `.page`, `.card` or `.pc` box must stay within it, so nothing is cut off on paper.
 */
export async function overflowing(html: string): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    // A string, so this Node-only project needs no DOM types.
    return (await page.evaluate(`(() => {
      const out = [];
      for (const box of document.querySelectorAll('.page, .card, .pc')) {
        const r = box.getBoundingClientRect();
        for (const el of box.querySelectorAll('*')) {
          const b = el.getBoundingClientRect();
          if (b.width === 0 || b.height === 0) continue;
          if (b.bottom > r.bottom + 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.left < r.left - 1) {
            out.push(box.className + ' > ' + el.tagName.toLowerCase() + '.' + el.className + ': ' + (el.textContent || '').trim().slice(0, 24));
          }
        }
      }
      return out;
    })()`)) as string[];
  } finally {
    await browser.close();
  }
}
