import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '#electron/url-policy';

describe('isAppUrl (packaged app)', () => {
  const app = 'file:///opt/app/out/renderer/index.html';

  it.each([
    'file:///opt/app/out/renderer/index.html',
    'file:///opt/app/out/renderer/index.html#/institutions/3',
    'file:///opt/app/out/renderer/index.html?tab=list',
  ])('accepts the packaged renderer %s', (url) => {
    expect(isAppUrl(url, app)).toBe(true);
  });

  it('accepts a Windows install path with spaces', () => {
    const win = 'file:///C:/Program%20Files/sunshine/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${win}#/settings`, win)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file:///media/usb/out/renderer/index.html',
    'file:///opt/app/out/renderer/other.html',
    'file:///opt/app/out/renderer/index.html.evil',
    'file:///opt/app/out/renderer/',
    'https://www.cdpf.org.cn/',
    'http://127.0.0.1:5173/',
    'http://localhost/renderer/index.html',
    'https://evil.example/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, app)).toBe(false);
  });
});

describe('isAppUrl (development server)', () => {
  const dev = 'http://localhost:5173';

  it('accepts pages of the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/divisions', dev)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.example:5173/',
    'http://evil.example/',
    'javascript:alert(1)',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.cdpf.org.cn', 'https://www.cdpf.org.cn/zcwj/', 'https://www.gov.cn/zhengce/?id=1#top'])(
    'opens %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    ['plain http', 'http://www.cdpf.org.cn'],
    ['a local file', 'file:///C:/Windows/System32/calc.exe'],
    ['script', 'javascript:alert(1)'],
    ['a data page', 'data:text/html,hi'],
    ['user and password', 'https://user:pass@www.cdpf.org.cn/'],
    ['a user name alone', 'https://admin@www.cdpf.org.cn/'],
    ['a bare host', 'https://intranet/'],
    ['localhost', 'https://localhost/'],
    ['an IP address', 'https://192.168.1.1/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['a scheme handler', 'ms-settings:privacy'],
    ['a network share', 'smb://server/share'],
    ['no scheme', 'www.cdpf.org.cn'],
    ['nothing', ''],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
