import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { writeSheet, XLSX_TYPE } from '../../lib/excel.ts';
import { readUpload } from '../../lib/upload.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { frequentItems } from './frequent-items.service.ts';
import { CustomerQuery, FrequentItems, QuickParseBody, QuickParseResult } from './quick-order.schemas.ts';
import { quickParse, quickParseSheet } from './quick-order.service.ts';
import { MAX_ITEMS, SHEET_COLUMNS } from './quick-order.ts';

const MAX_SHEET_BYTES = 2 * 1024 * 1024;
const Xlsx = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'an .xlsx file' });

const templateColumns = [
  {
    key: 'item',
    header: SHEET_COLUMNS.item,
    required: true,
    example: 'SKU-001',
    note: '商品编码、条码或名称',
    width: 24,
  },
  { key: 'quantity', header: SHEET_COLUMNS.quantity, example: '5', note: '整数，空 = 1' },
  { key: 'unit', header: SHEET_COLUMNS.unit, example: '箱', note: '空 = 商品的默认单位' },
];

/** Quick order (快速下单): pasted text and sheets read into matched, priced items; the frequent-items list. */
export async function quickOrderRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['orders'];
  await app.register(multipart, { limits: { fileSize: MAX_SHEET_BYTES, files: 1 } });

  app.post(
    '/api/orders/quick-parse',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: `Read pasted lines or a chat message into items (≤ ${MAX_ITEMS}) matched to SKUs with the customer’s prices; writes nothing`,
        body: QuickParseBody,
        response: { 200: QuickParseResult },
      },
    },
    async (request) => quickParse(db, currentUser(request), request.body),
  );

  app.post(
    '/api/orders/quick-parse/excel',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: `The same for an .xlsx (multipart field \`file\`, ≤ 2 MB, ≤ ${MAX_ITEMS} rows): 商品编码/条码/名称, 数量, 单位`,
        consumes: ['multipart/form-data'],
        querystring: CustomerQuery,
        response: { 200: QuickParseResult },
      },
    },
    async (request) => {
      const file = await readUpload(request, 'file', MAX_SHEET_BYTES);
      return quickParseSheet(db, currentUser(request), request.query.customerId, file);
    },
  );

  app.get(
    '/api/orders/quick-parse/template.xlsx',
    {
      config: { access: 'orders:create' },
      schema: { tags, summary: 'The quick-order sheet template', produces: [XLSX_TYPE], response: { 200: Xlsx } },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_TYPE)
        .header('content-disposition', 'attachment; filename="quick-order-template.xlsx"')
        .send(await writeSheet('快速下单', templateColumns, [{ item: 'SKU-001', quantity: '5', unit: '箱' }])),
  );

  app.get(
    '/api/orders/frequent-items',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: '常购清单: the SKUs the customer ordered most often in 180 days, with own prices and availability',
        querystring: CustomerQuery,
        response: { 200: FrequentItems },
      },
    },
    async (request) => frequentItems(db, currentUser(request), request.query),
  );
}
