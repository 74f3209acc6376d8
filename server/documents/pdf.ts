import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a Chromium-family browser usually lives, per OS; CHROMIUM_PATH wins. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/apps/cn.google.chrome/files/chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => Boolean(p) && fs.existsSync(p as string)) ?? null;
}

let browser: Promise<Browser> | null = null;

/**
 * HTML to PDF with the machine's own Chromium, headless (the browser host's "save as PDF"; the
 * desktop host uses Electron's printToPDF instead). One browser is started on first use and kept.
 */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('NO_CHROMIUM');
  browser ??= chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await (await browser).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

export async function closePdfBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}
