import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { XLSX_TYPE } from '../../lib/excel.ts';
import { DateTime, Id, IdParams, Nullable } from '../../lib/schema-types.ts';
import { readUpload } from '../../lib/upload.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import {
  createImport,
  exportOf,
  getImport,
  handlerFor,
  runImport,
  runningImports,
  templateOf,
} from './imports.service.ts';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const Kind = Type.Union([Type.Literal('products'), Type.Literal('customers')]);
const KindParams = Type.Object({ kind: Kind });

const ImportJobView = Type.Object({
  id: Id,
  kind: Kind,
  status: Type.Union([
    Type.Literal('validated'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
  ]),
  filename: Type.String(),
  totalRows: Type.Integer(),
  validRows: Type.Integer(),
  processedRows: Type.Integer({ description: 'rows written or skipped so far; equals totalRows when done' }),
  errors: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'sheet row (header = 1)' }),
      column: Type.String({ description: 'header text' }),
      message: Type.String(),
    }),
    { description: 'the first 1000 errors' },
  ),
  errorCount: Type.Integer(),
  result: Nullable(
    Type.Record(Type.String(), Type.Integer(), { description: '{created, updated, skipped} once it has run' }),
  ),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
});

const Xlsx = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'an .xlsx file' });

const ExportQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 64 })),
  categoryId: Type.Optional(Id),
  brandId: Type.Optional(Id),
  status: Type.Optional(Type.String({ maxLength: 16 })),
  tag: Type.Optional(Type.String({ maxLength: 20 })),
});

const attachment = (name: string) => `attachment; filename="${name}"`;

/** Excel templates, imports (validate every row first, then run with progress) and exports, for every registered kind. */
export async function importsRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['imports'];

  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
  // Let a running import finish its batch bookkeeping before the database closes.
  app.addHook('onClose', async () => {
    await Promise.allSettled([...runningImports]);
  });

  app.get(
    '/api/imports/templates/:kind.xlsx',
    {
      // The permission depends on the kind (products:create, customers:create): checked in the handler.
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'The import template of a kind: headers with notes and an example row',
        params: KindParams,
        produces: [XLSX_TYPE],
        response: { 200: Xlsx },
      },
    },
    async (request, reply) => {
      const handler = handlerFor(currentUser(request), request.params.kind, 'import');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`${request.params.kind}-template.xlsx`))
        .send(await templateOf(handler));
    },
  );

  app.post(
    '/api/imports/:kind',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Upload an .xlsx (multipart field `file`, ≤ 10 MB); every row is validated, nothing written yet',
        consumes: ['multipart/form-data'],
        params: KindParams,
        response: { 201: ImportJobView },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      handlerFor(user, request.params.kind, 'import');
      const file = await readUpload(request, 'file', MAX_IMPORT_BYTES);
      return reply.status(201).send(await createImport(db, user, request.params.kind, file));
    },
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'An import: status, progress (processedRows of totalRows), errors and result',
        params: IdParams,
        response: { 200: ImportJobView },
      },
    },
    async (request) => getImport(db, currentUser(request), request.params.id),
  );

  app.post(
    '/api/imports/:id/run',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary:
          "Write a validated import in the background: 'all' rows (409 while any has errors) or only 'valid' ones",
        params: IdParams,
        body: Type.Object({ mode: Type.Union([Type.Literal('all'), Type.Literal('valid')]) }),
        response: { 202: ImportJobView },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await runImport(db, currentUser(request), actorOf(request), request.params.id, request.body.mode)),
  );

  app.get(
    '/api/exports/:kind.xlsx',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Export a kind to .xlsx in its import format (products: q, categoryId, brandId, status, tag)',
        params: KindParams,
        querystring: ExportQuery,
        produces: [XLSX_TYPE],
        response: { 200: Xlsx },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const handler = handlerFor(user, request.params.kind, 'export');
      const filter = Object.fromEntries(
        Object.entries(request.query).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
      );
      const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`${request.params.kind}-${day}.xlsx`))
        .send(await exportOf(db, user, handler, filter));
    },
  );
}
