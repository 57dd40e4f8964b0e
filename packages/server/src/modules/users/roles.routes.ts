import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { createRole, deleteRole, getRole, listRoles, updateRole } from './roles.service.ts';
import { CreateRoleBody, RoleListQuery, RoleView, UpdateRoleBody } from './users.schemas.ts';

export async function rolesRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['roles'];

  app.get(
    '/api/roles',
    {
      config: { access: 'roles:view' },
      schema: {
        tags,
        summary: 'Roles with their permissions and how many users hold each',
        querystring: RoleListQuery,
        response: { 200: Type.Object({ items: Type.Array(RoleView) }) },
      },
    },
    async (request) => ({ items: await listRoles(db, request.query.kind) }),
  );

  app.get(
    '/api/roles/:id',
    {
      config: { access: 'roles:view' },
      schema: { tags, summary: 'One role', params: IdParams, response: { 200: RoleView } },
    },
    async (request) => getRole(db, request.params.id),
  );

  app.post(
    '/api/roles',
    {
      config: { access: 'roles:edit' },
      schema: { tags, summary: 'Create a custom staff role', body: CreateRoleBody, response: { 201: RoleView } },
    },
    async (request, reply) => reply.status(201).send(await createRole(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/roles/:id',
    {
      config: { access: 'roles:edit' },
      schema: {
        tags,
        summary: "Change a role's name, permissions or data scope",
        params: IdParams,
        body: UpdateRoleBody,
        response: { 200: RoleView },
      },
    },
    async (request) => updateRole(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/roles/:id',
    {
      config: { access: 'roles:edit' },
      schema: {
        tags,
        summary: 'Delete a custom role that nobody holds',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteRole(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
