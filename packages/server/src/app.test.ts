import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser } from '../test/factories.ts';
import { startTestApp, type TestContext } from '../test/harness.ts';
import { toErrorBody } from './lib/error-handler.ts';
import { AppError, errorStatus } from './lib/errors.ts';
import { LIVE_STREAM_URL } from './modules/live/live.routes.ts';
import { generateApiTypes, webApiTypesPath } from './openapi.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('the HTTP surface', () => {
  it('reports health and which database runs', async () => {
    const res = await ctx.anonymous().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: ctx.database.kind });
  });

  it('answers an unknown API route with a 404 JSON error', async () => {
    const res = await ctx.anonymous().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await ctx.anonymous().request('DELETE', '/api/health')).status).toBe(404);
  });

  it('answers an unsupported content type with 415 and an oversized body with 413', async () => {
    const text = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<hi/>',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' }),
    });
    expect(big.statusCode).toBe(413);
  });

  it('refuses non-finite numbers that JSON or query coercion produce (1e309) with 400', async () => {
    const admin = await ctx.admin();
    const query = await admin.get('/api/audit-log?page=1e309');
    expect(query.status).toBe(400);
    expect(query.json().error.details.fields).toEqual([
      { path: '/querystring/page', message: 'must be a finite number' },
    ]);
    const body = await ctx.app.inject({
      method: 'POST',
      url: '/api/customer-levels',
      headers: { cookie: admin.cookie!, 'content-type': 'application/json' },
      payload: '{"name":"x","discountPercent":1e309}',
    });
    expect(body.statusCode).toBe(400);
    const nul = await admin.get('/api/users?q=%00');
    expect(nul.status).toBe(400);
    expect(nul.json().error.details.fields[0].path).toBe('/querystring/q');
  });

  it('maps database errors a driver wrapped (Drizzle puts them in cause) by their SQLSTATE', () => {
    const wrapped = Object.assign(new Error('Failed query'), {
      cause: Object.assign(new Error('dup'), { code: '23505' }),
    });
    expect(toErrorBody(wrapped)).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    const data = Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('x'), { code: '22021' }) });
    expect(toErrorBody(data)).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
  });

  it('hides the text of internal errors and maps every code to its status', () => {
    const hidden = toErrorBody(new Error('connection string postgres://secret'));
    expect(hidden).toMatchObject({
      status: 500,
      internal: true,
      body: { error: { code: 'INTERNAL', message: 'Internal server error' } },
    });
    expect(JSON.stringify(hidden.body)).not.toContain('secret');
    for (const [code, status] of Object.entries(errorStatus)) {
      expect(toErrorBody(new AppError(code as keyof typeof errorStatus, 'm')).status).toBe(status);
    }
  });

  it('declares an access rule on every API route and documents request and response schemas', async () => {
    expect(ctx.app.apiRoutes.length).toBeGreaterThan(15);
    const doc = (await ctx.anonymous().get('/api/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of ctx.app.apiRoutes.filter((r) => !r.url.startsWith('/api/docs'))) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url} in OpenAPI`).toBeDefined();
      expect(Object.keys(op.responses ?? {}), `${route.method} ${route.url} responses`).not.toHaveLength(0);
      if (['POST', 'PATCH', 'PUT'].includes(route.method) && route.schema?.body) {
        expect(op.requestBody, `${route.method} ${route.url} request body`).toBeDefined();
      }
    }
  });

  it('serves a readable API reference', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
  });

  it('keeps the web client types in step with the OpenAPI document (run `npm run gen:api`)', async () => {
    expect(readFileSync(webApiTypesPath, 'utf8')).toBe(await generateApiTypes());
  });
});

describe('serving the web app', () => {
  it('answers client-side routes with the shell, assets with long caching, missing files and APIs with 404', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'dh-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>订货</title>');
    writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    const web = await startTestApp({ webDist: dist });
    try {
      for (const url of ['/', '/admin/users', '/portal']) {
        const res = await web.anonymous().get(url);
        expect(res.status, url).toBe(200);
        expect(res.body).toContain('订货');
        expect(res.headers['cache-control']).toBe('no-cache');
      }
      const asset = await web.anonymous().get('/assets/app-1234.js');
      expect(asset.headers['cache-control']).toContain('immutable');
      // A file added after start is served too (one wildcard route, no list of files).
      writeFileSync(path.join(dist, 'assets', 'late-5678.js'), 'console.log(2)');
      expect((await web.anonymous().get('/assets/late-5678.js')).status).toBe(200);
      expect((await web.anonymous().get('/assets/gone-0000.js')).status).toBe(404);
      const api = await web.anonymous().get('/api/nothing');
      expect(api.status).toBe(404);
      expect(api.json().error.code).toBe('NOT_FOUND');
    } finally {
      await web.close();
    }
  });
});

/** A value of some JSON type, biased towards what validators and SQL find awkward. */
const awkward = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    "' OR 1=1 --",
    '%_\\',
    '\u0000',
    '9'.repeat(30),
    '可口可乐',
  ),
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 53, 2 ** 63, 1e308, -1e308),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

function keysOf(schema: unknown): string[] {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

describe('no input makes the API fail with 5xx (property-based)', () => {
  it('random bodies, params and queries on every route, signed in as admin, as a buyer and not at all', async () => {
    const buyer = await createCustomerWithUser(ctx);
    // The live stream never ends by design; its query validation is tested in live.test.ts.
    const routes = ctx.app.apiRoutes.filter((r) => !r.url.startsWith('/api/docs') && r.url !== LIVE_STREAM_URL);
    const identities = ['anonymous', 'admin', 'buyer'] as const;
    for (const route of routes) {
      for (const who of identities) {
        // A fresh session per route, so a fuzzed logout or password change cannot blind the rest.
        const client =
          who === 'admin'
            ? await ctx.admin()
            : who === 'buyer'
              ? await ctx.signIn(buyer.username, 'Passw0rd-test')
              : ctx.anonymous();
        const bodyKeys = keysOf(route.schema?.body);
        const queryKeys = keysOf(route.schema?.querystring);
        await fc.assert(
          fc.asyncProperty(
            fc.record({
              params: fc.oneof(
                fc.integer({ min: -5, max: 5 }),
                fc.constantFrom('1', 'abc', '9'.repeat(25), '%20', '-1'),
              ),
              query: fc.dictionary(
                fc.constantFrom(...queryKeys, 'page', 'pageSize', 'x'),
                awkward.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
                { maxKeys: 4 },
              ),
              body: fc.oneof(
                awkward,
                fc.dictionary(fc.constantFrom(...bodyKeys, 'extra'), awkward, { maxKeys: bodyKeys.length + 1 }),
              ),
              raw: fc.option(fc.constantFrom('{', '[1,', '"x"', 'nul', '{"a":}'), { nil: undefined }),
            }),
            async ({ params, query, body, raw }) => {
              const url = route.url.replace(/:(\w+)/g, () => encodeURIComponent(String(params)));
              const qs = new URLSearchParams(query).toString();
              const hasBody = !['GET', 'DELETE'].includes(route.method);
              const res = await ctx.app.inject({
                method: route.method as 'GET',
                url: qs ? `${url}?${qs}` : url,
                headers: {
                  ...(client.cookie ? { cookie: client.cookie } : {}),
                  ...(hasBody ? { 'content-type': 'application/json' } : {}),
                },
                ...(hasBody ? { payload: raw ?? JSON.stringify(body) } : {}),
              });
              if (res.statusCode >= 500) {
                throw new Error(`${route.method} ${url}?${qs} as ${who} → ${res.statusCode} ${res.body}`);
              }
              // JSON, unless the route declares what else it produces (an .xlsx download).
              const type = String(res.headers['content-type']);
              const declared = (route.schema?.produces as string[] | undefined)?.some((t) => type.startsWith(t));
              if (res.statusCode !== 204 && !/^application\/json/.test(type) && !declared) {
                throw new Error(
                  `${route.method} ${url} as ${who} → ${res.statusCode} answered ${res.headers['content-type']}`,
                );
              }
            },
          ),
          { numRuns: 25 },
        );
      }
    }
  }, 300_000);
});
