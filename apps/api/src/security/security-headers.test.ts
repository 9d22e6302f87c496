import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index';

/**
 * What a browser is told on every response: run only this site's scripts, never inside a
 * frame, never sniff a type, send no Referer away, and (over HTTPS) never fall back to HTTP.
 */

let development: TestApi;
let secure: TestApi;

beforeAll(async () => {
  development = await startTestApi();
  secure = await startTestApi({ env: { COOKIE_SECURE: 'true' } });
});
afterAll(async () => {
  await development.stop();
  await secure.stop();
});

const graphql = (api: TestApi) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ apiVersion }' }),
  });

/** The CSP as directive → sources, e.g. `{ 'script-src': ["'self'"] }`. */
function policy(response: Response): Record<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

const REQUESTS = [
  ['GET /', (api: TestApi) => fetch(`${api.url}/`)],
  ['GET /explorer (a route of the web app)', (api: TestApi) => fetch(`${api.url}/explorer`)],
  ['POST /graphql', graphql],
  ['GET /healthz', (api: TestApi) => fetch(`${api.url}/healthz`)],
] as const;

describe.each(REQUESTS)('%s', (_name, send) => {
  it('runs no inline or foreign script, allows the layout worker, and is never framed', async () => {
    const response = await send(development);
    const csp = policy(response);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['worker-src']).toEqual(["'self'", 'blob:']);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('forbids MIME sniffing and sends no Referer', async () => {
    const response = await send(development);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends HSTS only when cookies are Secure (COOKIE_SECURE=true)', async () => {
    const plain = await send(development);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(policy(plain)['upgrade-insecure-requests']).toBeUndefined();
    const https = await send(secure);
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(policy(https)['upgrade-insecure-requests']).toEqual([]);
  });
});

describe('the page served at /', () => {
  it('fits its own policy: no inline script, no inline style element', async () => {
    const html = await (await fetch(`${development.url}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^"]+"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
