import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyReply, type FastifyServerOptions, LogController } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { App } from './lib/app-types.ts';
import { installErrorHandling } from './lib/error-handler.ts';
import { AppError } from './lib/errors.ts';
import { installInputGuards } from './lib/input-guards.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { installAuth } from './modules/auth/auth.plugin.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { ErrorResponse } from './modules/auth/auth.schemas.ts';
import { statementsRoutes } from './modules/billing/statements.routes.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { customersRoutes } from './modules/customers/customers.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { inventoryRoutes } from './modules/inventory/inventory.routes.ts';
import { stockDisplayRoutes } from './modules/inventory/stock-display.routes.ts';
import { liveRoutes } from './modules/live/live.routes.ts';
import { ordersRoutes } from './modules/orders/orders.routes.ts';
import { quickOrderRoutes } from './modules/orders/quick-order.routes.ts';
import { paymentsRoutes } from './modules/payments/payments.routes.ts';
import { pricingRoutes } from './modules/pricing/pricing.routes.ts';
import { reconciliationRoutes } from './modules/reconciliation/reconciliation.routes.ts';
import { rolesRoutes } from './modules/users/roles.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { workbenchRoutes } from './modules/workbench/workbench.routes.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
}

export const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole HTTP application without listening; tests drive it through `app.inject`. */
export async function buildApp({ database, config, logger = false }: AppDeps): Promise<App> {
  const app = Fastify({
    logger,
    // Errors are logged by the error handler; per-request lines would drown them (LOG_LEVEL=debug shows them).
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: true, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('deps', { database, config });
  app.decorate('apiRoutes', []);
  installErrorHandling(app);
  installInputGuards(app);
  await app.register(cookie);
  installAuth(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Dinghuo API',
        version: '0.1.0',
        description:
          'Dinghuo (订货) B2B ordering API. Money is integer fen; ids are numbers. Sign in with POST /api/auth/login; the session cookie authenticates the rest.',
      },
      tags: [
        { name: 'system', description: '系统 · health' },
        { name: 'auth', description: '登录与会话 · sign-in, sessions, own password, permission catalog' },
        { name: 'users', description: '用户 · staff and customer accounts' },
        { name: 'roles', description: '角色与权限 · roles as sets of resource:action permissions' },
        { name: 'audit', description: '审计日志 · sensitive actions' },
        { name: 'customers', description: '客户 · customer companies, levels and their users; scoped per caller' },
        { name: 'catalog', description: '商品目录 · categories, brands, products, SKUs, units, images' },
        {
          name: 'pricing',
          description: '价格 · customer levels, level price lists, customer prices, quantity breaks, price explanation',
        },
        { name: 'inventory', description: '库存 · warehouses, stock levels, movement ledger' },
        {
          name: 'orders',
          description: '订单 · placing (idempotent), lists, lifecycle: review, shipment, completion, cancellation',
        },
        {
          name: 'live',
          description: '实时 · Server-Sent Events from the outbox: order status, availability, low-stock alerts',
        },
        { name: 'imports', description: '导入导出 · Excel templates, validated imports with progress, exports' },
        { name: 'workbench', description: '工作台 · role-specific home figures' },
      ],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dh_session' } } },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) || `def-${i}` },
  });
  app.addSchema(ErrorResponse);
  await app.register(scalar, { routePrefix: '/api/docs', configuration: { title: 'Dinghuo API' } });
  app.get('/api/docs/json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(rolesRoutes);
  await app.register(auditRoutes);
  await app.register(customersRoutes);
  await app.register(catalogRoutes);
  await app.register(pricingRoutes);
  await app.register(inventoryRoutes);
  await app.register(ordersRoutes);
  await app.register(paymentsRoutes);
  await app.register(statementsRoutes);
  await app.register(quickOrderRoutes);
  await app.register(liveRoutes);
  await app.register(stockDisplayRoutes);
  await app.register(importsRoutes);
  await app.register(workbenchRoutes);
  await app.register(reconciliationRoutes);

  const webDist = config.webDist ?? defaultWebDist;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      // One wildcard route rather than a route per file found at start, so a rebuilt web app is served as is.
      wildcard: true,
      index: false,
      setHeaders: (reply, filePath) => {
        // Vite puts a content hash in every asset name: cache those for good, never the HTML shell.
        reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  // Client-side routes of the single-page app all answer with its shell; so does a path that is no file.
  const sendShell = (reply: FastifyReply) =>
    reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  if (hasWeb) app.get('/', { schema: { hide: true } }, (_request, reply) => sendShell(reply));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const page = hasWeb && !path.startsWith('/api') && (request.method === 'GET' || request.method === 'HEAD');
    // A missing asset (a name with an extension) stays a 404, so a stale page does not get HTML as a script.
    if (!page || /\.[a-z0-9]+$/i.test(path))
      throw new AppError('NOT_FOUND', `Route ${request.method} ${path} not found`);
    return sendShell(reply);
  });
  return app;
}
