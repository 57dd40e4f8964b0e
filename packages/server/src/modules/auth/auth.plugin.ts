import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, RouteAccess } from '../../lib/app-types.ts';
import { AppError } from '../../lib/errors.ts';
import { customerAssignable } from './permissions.ts';
import { type AuthUser, resolveSession, SESSION_COOKIE } from './session.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The request's own host as a URL would spell it (default ports dropped), for comparison with Origin. */
function ownHost(request: FastifyRequest): string | null {
  const url = `${request.protocol}://${request.host}`;
  return URL.canParse(url) ? new URL(url).host : null;
}

/**
 * CSRF defence for cookie sessions: a state-changing request that a browser marks as coming from
 * another origin is refused. Same-origin JSON clients and non-browser clients (no Origin) pass.
 */
function assertSameOrigin(request: FastifyRequest): void {
  if (!unsafeMethods.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!URL.canParse(origin) || new URL(origin).host !== ownHost(request)) {
      throw new AppError('FORBIDDEN', 'Cross-origin request refused');
    }
    return;
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError('FORBIDDEN', 'Cross-origin request refused');
  }
}

/** The signed-in user of a request; routes declared `signedIn` or with a permission always have one. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', '请先登录 / Please sign in');
  return request.auth;
}

/** Checks the route's declared access against the signed-in user: 401 without a session, 403 without the permission. */
export function requirePermission(access: RouteAccess) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (access === 'public') return;
    if (!request.auth) throw new AppError('UNAUTHENTICATED', '请先登录 / Please sign in');
    if (access === 'signedIn') return;
    // Staff-only permissions never open to a customer user, whatever a role was made to hold.
    if (request.auth.kind === 'customer' && !customerAssignable.includes(access)) {
      throw new AppError('FORBIDDEN', '仅限员工 / Staff only', { permission: access });
    }
    if (!request.auth.permissions.includes(access)) {
      throw new AppError('FORBIDDEN', `缺少权限 ${access} / Permission ${access} required`, { permission: access });
    }
  };
}

/**
 * Resolves the session cookie on every API request and attaches `requirePermission` to every route
 * from its `config.access`; a route without one stops the app at start.
 */
export function installAuth(app: App): void {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    // Routes of the docs plugin are public reading matter.
    const access = route.config?.access ?? (route.url.startsWith('/api/docs') ? 'public' : undefined);
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD')
        app.apiRoutes.push({
          method,
          url: route.url,
          access,
          schema: route.schema as Record<string, unknown> | undefined,
        });
    }
    const guard = requirePermission(access);
    const existing = route.preHandler;
    route.preHandler = existing ? [guard, ...(Array.isArray(existing) ? existing : [existing])] : [guard];
  });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api')) return;
    assertSameOrigin(request);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const { database, config } = app.deps;
      request.auth = await resolveSession(database.db, token, config.sessionTtlHours);
    }
  });
}
