import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { audit } from '../../lib/audit.ts';
import { currentUser } from './auth.plugin.ts';
import { ChangePasswordBody, LoginBody, MeResponse, PermissionCatalogResponse } from './auth.schemas.ts';
import { changeOwnPassword, login } from './auth.service.ts';
import { describeMe } from './me.ts';
import { customerAssignable, permissionCatalog } from './permissions.ts';
import { revokeSession, SESSION_COOKIE } from './session.ts';

export async function authRoutes(app: App) {
  const { database, config } = app.deps;
  const db = database.db;
  const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
  const setCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      expires: expiresAt,
    });

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the session cookie',
        body: LoginBody,
        response: { 200: MeResponse },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, user } = await login(db, request.body, config.sessionTtlHours, client(request));
      setCookie(reply, token, expiresAt);
      return { user: await describeMe(db, user) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Sign out: revokes the session', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      if (request.auth) {
        await revokeSession(db, request.auth.sessionHash);
        await audit(db, { id: request.auth.id, name: request.auth.name, ip: request.ip }, { action: 'auth.logout' });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, its kind and permissions',
        response: { 200: MeResponse },
      },
    },
    async (request) => {
      return { user: await describeMe(db, currentUser(request)) };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['auth'],
        summary: 'Change own password; revokes every session and issues a new one',
        body: ChangePasswordBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await changeOwnPassword(
        db,
        currentUser(request),
        request.body,
        config.sessionTtlHours,
        client(request),
      );
      setCookie(reply, token, expiresAt);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/permissions',
    {
      config: { access: 'roles:view' },
      schema: {
        tags: ['auth'],
        summary: 'Every permission, grouped by resource',
        response: { 200: PermissionCatalogResponse },
      },
    },
    async () => ({
      groups: Object.entries(permissionCatalog).map(([resource, actions]) => ({
        resource,
        actions: [...actions],
        permissions: actions.map((a) => `${resource}:${a}`),
      })),
      customerAssignable,
    }),
  );
}
