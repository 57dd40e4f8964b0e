import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { UserView } from '../users/users.schemas.ts';
import {
  CreateCustomerBody,
  CreateCustomerUserBody,
  CreateLevelBody,
  CustomerList,
  CustomerListQuery,
  CustomerView,
  LevelView,
} from './customers.schemas.ts';
import {
  createCustomer,
  createCustomerUser,
  createLevel,
  getCustomer,
  listCustomers,
  listLevels,
} from './customers.service.ts';

const staffOnly = (request: FastifyRequest) => {
  const user = currentUser(request);
  // Customer roles never hold customer-management permissions, but a custom grant must not widen scope.
  if (user.kind !== 'staff') throw new AppError('FORBIDDEN', 'Staff only');
  return user;
};

export async function customersRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['customers'];

  app.get(
    '/api/customer-levels',
    {
      config: { access: 'customers:view' },
      schema: {
        tags,
        summary: 'Customer levels (客户等级)',
        response: { 200: Type.Object({ items: Type.Array(LevelView) }) },
      },
    },
    async (request) => {
      staffOnly(request);
      return { items: await listLevels(db) };
    },
  );

  app.post(
    '/api/customer-levels',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags,
        summary: 'Create a customer level with a discount (90 = 九折)',
        body: CreateLevelBody,
        response: { 201: LevelView },
      },
    },
    async (request, reply) => {
      staffOnly(request);
      return reply.status(201).send(await createLevel(db, actorOf(request), request.body));
    },
  );

  app.get(
    '/api/customers',
    {
      config: { access: 'customers:view' },
      schema: {
        tags,
        summary: 'Customers in the caller’s scope (a salesperson sees own customers); phones masked',
        querystring: CustomerListQuery,
        response: { 200: CustomerList },
      },
    },
    async (request) => listCustomers(db, staffOnly(request), request.query),
  );

  app.post(
    '/api/customers',
    {
      config: { access: 'customers:create' },
      schema: { tags, summary: 'Create a customer company', body: CreateCustomerBody, response: { 201: CustomerView } },
    },
    async (request, reply) => {
      const user = staffOnly(request);
      return reply.status(201).send(await createCustomer(db, user, actorOf(request), request.body));
    },
  );

  app.get(
    '/api/customers/:id',
    {
      // A customer user may read its own company; scope turns any other id into 404.
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'One customer (staff in scope; the customer itself)',
        params: IdParams,
        response: { 200: CustomerView },
      },
    },
    async (request) => {
      const user = currentUser(request);
      if (user.kind === 'staff' && !user.permissions.includes('customers:view')) {
        throw new AppError('FORBIDDEN', 'Permission customers:view required', { permission: 'customers:view' });
      }
      return getCustomer(db, user, request.params.id);
    },
  );

  app.post(
    '/api/customers/:id/users',
    {
      config: { access: 'customers:edit' },
      schema: {
        tags,
        summary: 'Add a sign-in account (buyer, approver, viewer) to a customer',
        params: IdParams,
        body: CreateCustomerUserBody,
        response: { 201: UserView },
      },
    },
    async (request, reply) => {
      const user = staffOnly(request);
      return reply
        .status(201)
        .send(await createCustomerUser(db, user, actorOf(request), request.params.id, request.body));
    },
  );
}
