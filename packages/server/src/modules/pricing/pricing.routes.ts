import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { LevelView } from '../customers/customers.schemas.ts';
import { deleteLevel, updateLevel } from './customer-levels.service.ts';
import {
  deleteCustomerPrice,
  listCustomerPrices,
  setCustomerPrice,
  updateCustomerPrice,
} from './customer-prices.service.ts';
import { deleteLevelPrice, listLevelPrices, setLevelPrice, updateLevelPrice } from './level-prices.service.ts';
import {
  CreateCustomerPriceBody,
  CreateLevelPriceBody,
  CustomerPriceList,
  CustomerPriceListQuery,
  CustomerPriceView,
  ExplainQuery,
  LevelPriceList,
  LevelPriceListQuery,
  LevelPriceView,
  PriceExplanationView,
  PutQuantityBreaksBody,
  QuantityBreakList,
  UpdateCustomerPriceBody,
  UpdateLevelBody,
  UpdatePriceBody,
} from './pricing.schemas.ts';
import { explainPriceFor } from './pricing.service.ts';
import { listQuantityBreaks, replaceQuantityBreaks } from './quantity-breaks.service.ts';

/** Price lists, customer prices, quantity breaks, level edits and the price explanation: staff only. */
export async function pricingRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['pricing'];
  const noContent = { 204: Type.Null() };

  app.get(
    '/api/pricing/explain',
    {
      config: { access: 'prices:view' },
      schema: {
        tags,
        summary: 'Which rule sets a customer’s price for a SKU unit and quantity at a time, step by step',
        querystring: ExplainQuery,
        response: { 200: PriceExplanationView },
      },
    },
    async (request) => explainPriceFor(db, currentUser(request), request.query),
  );

  // --- customer levels (list and create are in modules/customers) ---

  app.patch(
    '/api/customer-levels/:id',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags: ['customers', ...tags],
        summary: 'Rename a customer level or change its discount (90 = 九折) or sort position',
        params: IdParams,
        body: UpdateLevelBody,
        response: { 200: LevelView },
      },
    },
    async (request) => updateLevel(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/customer-levels/:id',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags: ['customers', ...tags],
        summary: 'Delete a customer level no customer holds (409 otherwise); its price list goes with it',
        params: IdParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deleteLevel(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // --- level price lists ---

  app.get(
    '/api/level-prices',
    {
      config: { access: 'prices:view' },
      schema: {
        tags,
        summary: 'Level price lists: fixed prices per customer level that beat the level discount',
        querystring: LevelPriceListQuery,
        response: { 200: LevelPriceList },
      },
    },
    async (request) => listLevelPrices(db, request.query),
  );

  app.post(
    '/api/level-prices',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags,
        summary: 'Set a level’s fixed price for a SKU unit, optionally over a time window',
        body: CreateLevelPriceBody,
        response: { 201: LevelPriceView },
      },
    },
    async (request, reply) => reply.status(201).send(await setLevelPrice(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/level-prices/:id',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags,
        summary: 'Change a level price or its window',
        params: IdParams,
        body: UpdatePriceBody,
        response: { 200: LevelPriceView },
      },
    },
    async (request) => updateLevelPrice(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/level-prices/:id',
    {
      config: { access: 'prices:edit' },
      schema: { tags, summary: 'Remove a level price', params: IdParams, response: noContent },
    },
    async (request, reply) => {
      await deleteLevelPrice(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // --- customer prices (scoped: a salesperson only its own customers) ---

  app.get(
    '/api/customers/:id/prices',
    {
      config: { access: 'prices:view' },
      schema: {
        tags,
        summary: 'A customer’s own prices, with each unit’s base price',
        params: IdParams,
        querystring: CustomerPriceListQuery,
        response: { 200: CustomerPriceList },
      },
    },
    async (request) => listCustomerPrices(db, currentUser(request), request.params.id, request.query),
  );

  app.post(
    '/api/customers/:id/prices',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags,
        summary: 'Set a customer-specific price (beats level prices and discounts)',
        params: IdParams,
        body: CreateCustomerPriceBody,
        response: { 201: CustomerPriceView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await setCustomerPrice(db, currentUser(request), actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/customer-prices/:id',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags,
        summary: 'Change a customer price, its window or note',
        params: IdParams,
        body: UpdateCustomerPriceBody,
        response: { 200: CustomerPriceView },
      },
    },
    async (request) => updateCustomerPrice(db, currentUser(request), actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/customer-prices/:id',
    {
      config: { access: 'prices:edit' },
      schema: { tags, summary: 'Remove a customer price', params: IdParams, response: noContent },
    },
    async (request, reply) => {
      await deleteCustomerPrice(db, currentUser(request), actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // --- quantity breaks (阶梯价) ---

  app.get(
    '/api/skus/:id/quantity-breaks',
    {
      config: { access: 'prices:view' },
      schema: {
        tags,
        summary: 'A SKU’s quantity breaks (阶梯价) for every unit and level, with their windows',
        params: IdParams,
        response: { 200: QuantityBreakList },
      },
    },
    async (request) => ({ items: await listQuantityBreaks(db, request.params.id) }),
  );

  app.put(
    '/api/skus/:id/quantity-breaks',
    {
      config: { access: 'prices:edit' },
      schema: {
        tags,
        summary: 'Replace the quantity breaks of one (unit, level) of a SKU; prices must fall as quantities rise',
        params: IdParams,
        body: PutQuantityBreaksBody,
        response: { 200: QuantityBreakList },
      },
    },
    async (request) => ({ items: await replaceQuantityBreaks(db, actorOf(request), request.params.id, request.body) }),
  );
}
