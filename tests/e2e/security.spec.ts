import http from 'node:http';
import { zhCN as messages } from '#domain/messages';
import { keepScreenshot, openApp, test, expect } from './fixtures/app';

interface RawResponse {
  status: number;
  body: string;
}

/** A request the browser would never send (a forged Host header), made with Node's http. */
function rawRequest(
  port: number,
  path: string,
  headers: http.OutgoingHttpHeaders,
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('没有令牌的请求被拒绝（401），不显示系统界面', async ({ browser, host }, testInfo) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${host.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByText(messages['host.noToken'])).toBeVisible();
  await expect(page.locator('#root')).toHaveCount(0);
  await expect(page.getByText('载入演示数据')).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'refused-no-token');

  // The API is closed the same way.
  const api = await context.request.post(`${host.origin}/rpc/setup/status`, { data: {} });
  expect(api.status()).toBe(401);
  await context.close();
});

test('错误的令牌被拒绝（403）', async ({ browser, host }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${host.origin}/?token=not-the-token`);
  expect(response?.status()).toBe(403);
  await expect(page.getByText(messages['host.badToken'])).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('令牌换成 HttpOnly、SameSite=Strict 的 Cookie；带 Cookie 但 Host 不是本机的请求被拒绝（421）', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  await expect(page.getByText('载入演示数据')).toBeVisible();
  // The token leaves the address bar once it has become a cookie.
  expect(page.url()).not.toContain('token');
  const [cookie, ...others] = await page.context().cookies(host.origin);
  expect(others).toEqual([]);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  const sessionCookie = `${cookie?.name}=${cookie?.value}`;

  // The same cookie with our own Host is accepted: the refusal below is about the Host alone.
  const ours = await rawRequest(
    host.port,
    '/rpc/setup/status',
    { host: `127.0.0.1:${host.port}`, cookie: sessionCookie, 'content-type': 'application/json' },
    '{}',
  );
  expect(ours.status).toBe(200);

  // DNS rebinding: a foreign name pointing at 127.0.0.1.
  const foreign = await rawRequest(
    host.port,
    '/rpc/setup/status',
    { host: `evil.example:${host.port}`, cookie: sessionCookie, 'content-type': 'application/json' },
    '{}',
  );
  expect(foreign.status).toBe(421);
  expect(foreign.body).toBe(messages['host.badHost']);

  // A cross-site POST carries a foreign Origin.
  const crossSite = await rawRequest(
    host.port,
    '/rpc/setup/status',
    {
      host: `127.0.0.1:${host.port}`,
      origin: 'http://evil.example',
      cookie: sessionCookie,
      'content-type': 'application/json',
    },
    '{}',
  );
  expect(crossSite.status).toBe(403);
  expect(crossSite.body).toBe(messages['host.badOrigin']);
});
