import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  safeEqual,
  SESSION_COOKIE,
  sessionCookie,
} from '#server/web/guard';

const PORT = 47123;

describe('isAllowedHost', () => {
  it.each([`127.0.0.1:${PORT}`, `localhost:${PORT}`, `LOCALHOST:${PORT}`, `[::1]:${PORT}`])('accepts %s', (host) => {
    expect(isAllowedHost(host, PORT)).toBe(true);
  });

  it.each([
    ['a rebinding site on our port', `evil.example:${PORT}`],
    ['a look-alike subdomain', `localhost.evil.example:${PORT}`],
    ['loopback on another port', '127.0.0.1:8080'],
    ['loopback without a port', '127.0.0.1'],
    ['localhost without a port', 'localhost'],
    ['another loopback address', `127.0.0.2:${PORT}`],
    ['the LAN address', `192.168.1.10:${PORT}`],
    ['the any address', `0.0.0.0:${PORT}`],
    ['userinfo smuggled in', `evil@127.0.0.1:${PORT}`],
    ['an empty header', ''],
  ])('refuses %s', (_label, host) => {
    expect(isAllowedHost(host, PORT)).toBe(false);
  });

  it('refuses a request with no Host header', () => {
    expect(isAllowedHost(undefined, PORT)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  const host = `127.0.0.1:${PORT}`;

  it('accepts our own origin and same-origin requests that send none', () => {
    expect(isAllowedOrigin(`http://${host}`, host)).toBe(true);
    expect(isAllowedOrigin(undefined, host)).toBe(true);
  });

  it.each([
    'https://evil.example',
    `http://evil.example:${PORT}`,
    `https://${host}`,
    `http://localhost:${PORT}`,
    'http://127.0.0.1:8080',
    'null',
    'file://',
  ])('refuses %s', (origin) => {
    expect(isAllowedOrigin(origin, host)).toBe(false);
  });
});

describe('safeEqual', () => {
  it('is true only for the identical token', () => {
    expect(safeEqual('s3cret-token', 's3cret-token')).toBe(true);
    expect(safeEqual('s3cret-token', 's3cret-tokeN')).toBe(false);
    expect(safeEqual('s3cret-token', 's3cret-token-longer')).toBe(false);
    expect(safeEqual('s3cret-token', '')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });

  it('compares bytes, not UTF-16 units', () => {
    expect(safeEqual('令牌', '令牌')).toBe(true);
    expect(safeEqual('令牌', '令碑')).toBe(false);
  });
});

describe('session cookie', () => {
  const request = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as IncomingMessage;

  it('round-trips a token through Set-Cookie and Cookie', () => {
    const token = 'abc+/=def';
    const set = sessionCookie(token);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    const pair = set.split(';')[0] ?? '';
    expect(readCookie(request(`other=1; ${pair}; theme=dark`), SESSION_COOKIE)).toBe(token);
  });

  it('never throws on broken percent-encoding: the cookie counts as absent', () => {
    for (const bad of ['%zz', '%E4%B8', '%', 'abc%2']) {
      expect(readCookie(request(`${SESSION_COOKIE}=${bad}`), SESSION_COOKIE)).toBeNull();
    }
    // Another cookie's broken value is not ours to decode.
    expect(readCookie(request(`theme=%zz; ${SESSION_COOKIE}=ok`), SESSION_COOKIE)).toBe('ok');
  });

  it('finds nothing without the cookie', () => {
    expect(readCookie(request(), SESSION_COOKIE)).toBeNull();
    expect(readCookie(request('other=1'), SESSION_COOKIE)).toBeNull();
    expect(readCookie(request(`x${SESSION_COOKIE}=1`), SESSION_COOKIE)).toBeNull();
  });
});
