import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, TEST_ADMIN, type TestClient, type TestContext } from '../../../test/harness.ts';
import { SseClient, type SseEvent } from '../../../test/sse.ts';
import { adminQuery, withDatabase } from '../../../test/template.ts';
import { LIVE_STREAM_URL } from './live.routes.ts';

let ctx: TestContext;
let admin: TestClient;
let base: string;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => ctx.close());

const open = (client: TestClient, query = '', headers: Record<string, string> = {}) =>
  SseClient.open(`${base}${LIVE_STREAM_URL}${query}`, { cookie: client.cookie ?? '', ...headers });
const isOrder = (id: number, event?: string) => (e: SseEvent) =>
  (event ? e.event === event : e.event.startsWith('order.')) && (e.data as { orderId: number }).orderId === id;

describe('live updates (SSE from the outbox)', () => {
  it('buyers get their own orders’ changes and the availability of SKUs they watch; staff get new orders; strangers nothing', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const stranger = await createCustomerWithUser(ctx);
    const keeper = await createStaff(ctx, 'warehouse');
    const sku = await createStockedSku(ctx, 20);
    const buyerStream = await open(buyer.client, `?skus=${sku.id}`);
    const strangerStream = await open(stranger.client, `?skus=${sku.id + 100000}`);
    const staffStream = await open(admin);
    try {
      const order = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 3 }] })).json();
      expect((await staffStream.next(isOrder(order.id, 'order.placed'))).data).toMatchObject({ number: order.number });
      await buyerStream.next(isOrder(order.id, 'order.placed'));
      const stock = await buyerStream.next((e) => e.event === 'stock');
      expect(stock.data).toEqual({ items: [{ skuId: sku.id, available: 17, stockStatus: 'in' }] });

      await admin.post(`/api/orders/${order.id}/approve`, {});
      const changed = await buyerStream.next(isOrder(order.id, 'order.status_changed'));
      expect(changed.data).toMatchObject({ from: 'pending_review', to: 'awaiting_shipment' });
      expect(changed.id).toMatch(/^\d+$/);
      await keeper.client.post(`/api/orders/${order.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 3 }] });
      await buyerStream.next((e) => isOrder(order.id)(e) && (e.data as { to: string }).to === 'shipped');

      // The stranger's stream is alive (its own order arrives) but carried nothing of the buyer's.
      const own = (await stranger.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
      await strangerStream.next(isOrder(own.id));
      expect(strangerStream.events.filter(isOrder(order.id))).toEqual([]);
      expect(strangerStream.events.filter((e) => e.event === 'stock')).toEqual([]);
    } finally {
      await Promise.all([buyerStream.close(), strangerStream.close(), staffStream.close()]);
    }
  });

  it('money arriving reaches the buyer who paid and finance, nobody else', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const stranger = await createCustomerWithUser(ctx);
    const finance = await createStaff(ctx, 'finance');
    const keeper = await createStaff(ctx, 'warehouse');
    const sku = await createStockedSku(ctx, 20, { price: 500 });
    const order = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 2 }] })).json();
    const paid = (e: SseEvent) =>
      e.event === 'payment.succeeded' && (e.data as { orderId: number }).orderId === order.id;
    const streams = await Promise.all(
      [buyer.client, finance.client, stranger.client, keeper.client].map((c) => open(c)),
    );
    try {
      const res = await finance.client.post(`/api/orders/${order.id}/payments`, {
        method: 'offline',
        payerName: '客户',
      });
      expect(res.status, res.body).toBe(201);
      expect((await streams[0].next(paid)).data).toMatchObject({ amount: 1000, method: 'offline' });
      await streams[1].next(paid);
      // Both others are alive (a new order reaches the stranger) but got no payment of the buyer's.
      const own = (await stranger.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
      await streams[2].next(isOrder(own.id));
      expect(streams[2].events.filter(paid)).toEqual([]);
      expect(streams[3].events.filter(paid)).toEqual([]);
    } finally {
      await Promise.all(streams.map((s) => s.close()));
    }
  });

  it('a reconnect with Last-Event-ID first gets what it missed', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 20);
    const first = await open(buyer.client);
    const a = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
    const seen = await first.next(isOrder(a.id));
    await first.close();
    await admin.post(`/api/orders/${a.id}/approve`, {});
    const again = await open(buyer.client, '', { 'last-event-id': String(seen.id) });
    try {
      expect((await again.next(isOrder(a.id, 'order.status_changed'))).data).toMatchObject({ to: 'awaiting_shipment' });
    } finally {
      await again.close();
    }
  });

  it('400 for a bad skus list, 401 without a session', async () => {
    expect((await admin.get(`${LIVE_STREAM_URL}?skus=1,x`)).status).toBe(400);
    expect((await ctx.anonymous().get(LIVE_STREAM_URL)).status).toBe(401);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe.runIf(inject('pgUrl'))('two server processes on one PostgreSQL', () => {
  it('an order placed through one process reaches a stream held by the other (LISTEN/NOTIFY)', async () => {
    const pgUrl = inject('pgUrl') as string;
    const name = `dh_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(pgUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const procs: ChildProcess[] = [];
    const start = async () => {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: serverDir,
        env: {
          ...process.env,
          DATABASE_URL: withDatabase(pgUrl, name),
          PORT: String(port),
          HOST: '127.0.0.1',
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
          // No safety poll: only NOTIFY can wake the other process's dispatcher.
          OUTBOX_POLL_MS: '3600000',
        },
        stdio: 'ignore',
      });
      procs.push(child);
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 200; i++) {
        const ok = await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return url;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('server did not start');
    };
    const signIn = async (url: string, username: string, password: string) => {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      expect(res.status).toBe(200);
      return (res.headers.get('set-cookie') ?? '').split(';')[0];
    };
    try {
      const [a, b] = await Promise.all([start(), start()]);
      const cookieA = await signIn(a, TEST_ADMIN.username, TEST_ADMIN.password);
      const cookieB = await signIn(b, TEST_ADMIN.username, TEST_ADMIN.password);
      const call = (url: string, cookie: string, p: string, body: unknown) =>
        fetch(`${url}${p}`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then(async (r) => ({ status: r.status, json: await r.json() }));
      const customer = await call(a, cookieA, '/api/customers', { name: '双实例客户' });
      const product = await call(a, cookieA, '/api/products', {
        name: '双实例商品',
        skus: [{ code: `TWO-${name}`, price: 100 }],
      });
      const skuId = product.json.skus[0].id;
      await call(a, cookieA, '/api/inventory/adjustments', { skuId, quantity: 10, reason: '期初' });
      const streamB = await SseClient.open(`${b}${LIVE_STREAM_URL}`, { cookie: cookieB });
      const streamA = await SseClient.open(`${a}${LIVE_STREAM_URL}`, { cookie: cookieA });
      try {
        const order = await call(a, cookieA, '/api/orders', {
          customerId: customer.json.id,
          lines: [{ skuId, quantity: 2 }],
        });
        expect(order.status).toBe(201);
        await streamB.next(isOrder(order.json.id, 'order.placed'));
        await streamA.next(isOrder(order.json.id, 'order.placed'));
        await call(b, cookieB, `/api/orders/${order.json.id}/approve`, {});
        await streamA.next(isOrder(order.json.id, 'order.status_changed'));
      } finally {
        await Promise.all([streamA.close(), streamB.close()]);
      }
    } finally {
      for (const p of procs) p.kill('SIGTERM');
      await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
      await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }, 120_000);
});
