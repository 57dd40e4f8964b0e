import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import {
  CreateStaffUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  UserList,
  UserListQuery,
  UserView,
} from './users.schemas.ts';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.service.ts';

export async function usersRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['users'];

  app.get(
    '/api/users',
    {
      config: { access: 'users:view' },
      schema: {
        tags,
        summary: 'List users (staff and customer accounts)',
        querystring: UserListQuery,
        response: { 200: UserList },
      },
    },
    async (request) => listUsers(db, request.query),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'users:create' },
      schema: { tags, summary: 'Create a staff user', body: CreateStaffUserBody, response: { 201: UserView } },
    },
    async (request, reply) => reply.status(201).send(await createUser(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: 'users:view' },
      schema: { tags, summary: 'One user', params: IdParams, response: { 200: UserView } },
    },
    async (request) => getUser(db, request.params.id),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users:edit' },
      schema: {
        tags,
        summary: 'Change a user: profile, status (disabling revokes its sessions) or roles',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserView },
      },
    },
    async (request) => updateUser(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { access: 'users:edit' },
      schema: {
        tags,
        summary: "Reset a user's password (revokes its sessions)",
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await resetPassword(db, actorOf(request), request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  );
}
