import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a reader of the PDF sees: its text, page by page (poppler's pdftotext, layout kept). */
export function pdfPages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((p, i, all) => p.trim() !== '' || i < all.length - 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Keeps page `n` of the PDF as a PNG under tests/artifacts, for a person to look at. */
export function keepPagePng(pdf: Buffer, name: string, page = 1): string {
  const out = path.resolve('tests/artifacts');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    path.join(out, name),
  ]);
  return path.join(out, `${name}.png`);
}

/** pdftotext spaces CJK text out in layout mode; compare without spaces. */
export const squash = (s: string) => s.replace(/\s+/g, '');
