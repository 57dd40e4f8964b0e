import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { UserView } from '../users/users.schemas.ts';
import { addressRoutes } from './addresses.routes.ts';
import { batchUpdateCustomers, updateCustomer } from './customer-changes.service.ts';
import { customerHistory } from './customer-history.service.ts';
import { listCustomerUsers, updateCustomerUser } from './customer-users.service.ts';
import {
  BatchBody,
  BatchResult,
  CreateCustomerBody,
  CreateCustomerUserBody,
  CreateLevelBody,
  CustomerList,
  CustomerListQuery,
  CustomerUserList,
  CustomerUserParams,
  CustomerView,
  HistoryList,
  HistoryQuery,
  LevelView,
  UpdateCustomerBody,
  UpdateCustomerUserBody,
} from './customers.schemas.ts';
import {
  createCustomer,
  createCustomerUser,
  createLevel,
  getCustomer,
  listCustomers,
  listLevels,
} from './customers.service.ts';
import { registrationRoutes } from './registration.routes.ts';

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
    async () => ({ items: await listLevels(db) }),
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
    async (request, reply) => reply.status(201).send(await createLevel(db, actorOf(request), request.body)),
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
    async (request) => listCustomers(db, currentUser(request), request.query),
  );

  app.post(
    '/api/customers',
    {
      config: { access: 'customers:create' },
      schema: { tags, summary: 'Create a customer company', body: CreateCustomerBody, response: { 201: CustomerView } },
    },
    async (request, reply) => {
      const user = currentUser(request);
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
      const user = currentUser(request);
      return reply
        .status(201)
        .send(await createCustomerUser(db, user, actorOf(request), request.params.id, request.body));
    },
  );

  app.patch(
    '/api/customers/:id',
    {
      config: { access: 'customers:edit' },
      schema: {
        tags,
        summary: 'Change a customer (a salesperson cannot reassign it); audited with before/after',
        params: IdParams,
        body: UpdateCustomerBody,
        response: { 200: CustomerView },
      },
    },
    async (request) => updateCustomer(db, currentUser(request), actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/customers/batch',
    {
      config: { access: 'customers:edit' },
      schema: {
        tags,
        summary: 'One action on up to 500 customers; any id out of scope refuses the whole batch (404)',
        body: BatchBody,
        response: { 200: BatchResult },
      },
    },
    async (request) => batchUpdateCustomers(db, currentUser(request), actorOf(request), request.body),
  );

  app.get(
    '/api/customers/:id/users',
    {
      config: { access: 'customers:view' },
      schema: {
        tags,
        summary: 'Sign-in accounts of a customer',
        params: IdParams,
        response: { 200: CustomerUserList },
      },
    },
    async (request) => ({ items: await listCustomerUsers(db, currentUser(request), request.params.id) }),
  );

  app.patch(
    '/api/customers/:id/users/:userId',
    {
      config: { access: 'customers:edit' },
      schema: {
        tags,
        summary: "Change a customer user's name, status or role",
        params: CustomerUserParams,
        body: UpdateCustomerUserBody,
        response: { 200: UserView },
      },
    },
    async (request) =>
      updateCustomerUser(
        db,
        currentUser(request),
        actorOf(request),
        request.params.id,
        request.params.userId,
        request.body,
      ),
  );

  app.get(
    '/api/customers/:id/history',
    {
      config: { access: 'customers:view' },
      schema: {
        tags,
        summary: 'Trade history of a customer, newest first (its audit trail until orders land)',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: HistoryList },
      },
    },
    async (request) => customerHistory(db, currentUser(request), request.params.id, request.query),
  );

  await registrationRoutes(app);
  await addressRoutes(app);
}
