import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { AppError, type FieldError, validationFailed } from '../../lib/errors.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { getRun, listRuns } from './reconciliation.query.ts';
import {
  ColumnMapping,
  ConfirmResult,
  PreviewFields,
  PreviewView,
  RunDetail,
  RunDetailQuery,
  RunFields,
  RunList,
  RunListQuery,
  RunView,
  SourceBody,
  SourceList,
  SourceParams,
  SourceView,
} from './reconciliation.schemas.ts';
import {
  assertMayReconcile,
  confirmRun,
  createRun,
  listSources,
  previewStatement,
  type StatementUpload,
  saveSource,
} from './reconciliation.service.ts';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const fieldNames = ['source', 'kind', 'mapping', 'periodFrom', 'periodTo'] as const;
const mappingKeys = Object.keys(ColumnMapping.properties);

/**
 * A multipart statement upload: the file in field `file` and the text fields around it (before or
 * after it). Over the size limit is PAYLOAD_TOO_LARGE, a non-multipart request UNSUPPORTED_MEDIA_TYPE.
 */
async function readStatementForm(
  request: FastifyRequest,
): Promise<{ file: StatementUpload; fields: Partial<Record<(typeof fieldNames)[number], string>> }> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'multipart/form-data expected, with the file in field "file"');
  }
  let file: StatementUpload | undefined;
  const fields: Partial<Record<(typeof fieldNames)[number], string>> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 20 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { filename: part.filename || 'statement', data };
      } else if ((fieldNames as readonly string[]).includes(part.fieldname) && typeof part.value === 'string') {
        fields[part.fieldname as (typeof fieldNames)[number]] = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', '文件超过 10 MB / File larger than 10 MB', { maxBytes: MAX_FILE_BYTES });
    }
    throw error;
  }
  if (!file) throw validationFailed([{ path: '/body/file', message: 'a file in field "file" is required' }]);
  return { file, fields };
}

/** Checks multipart text fields against a schema, as the JSON routes' 400 would name them. */
function checked<T extends TSchema>(schema: T, value: Record<string, unknown>) {
  const errors: FieldError[] = Value.Errors(schema, value).flatMap((e) => {
    const missing = (e.params as { requiredProperties?: string[] }).requiredProperties;
    return missing
      ? missing.map((name) => ({ path: `/body${e.instancePath}/${name}`, message: 'is required' }))
      : [{ path: `/body${e.instancePath}`, message: e.message }];
  });
  if (errors.length) throw validationFailed(errors);
  return value as Static<T>;
}

/** The run fields of a form: `mapping` arrives as JSON text. */
function runFields(fields: Partial<Record<(typeof fieldNames)[number], string>>): RunFields {
  let mapping: unknown;
  try {
    mapping = JSON.parse(fields.mapping ?? '');
  } catch {
    throw validationFailed([{ path: '/body/mapping', message: '列映射应为 JSON / mapping must be JSON text' }]);
  }
  const picked =
    mapping && typeof mapping === 'object' && !Array.isArray(mapping)
      ? Object.fromEntries(
          Object.entries(mapping).filter(([k, v]) => mappingKeys.includes(k) && v !== null && v !== ''),
        )
      : mapping;
  return checked(RunFields, {
    source: fields.source,
    kind: fields.kind,
    mapping: picked,
    ...(fields.periodFrom ? { periodFrom: fields.periodFrom } : {}),
    ...(fields.periodTo ? { periodTo: fields.periodTo } : {}),
  });
}

/** Automatic reconciliation (自动对账): statement files matched against recorded payments. */
export async function reconciliationRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['payments'];
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 } });

  app.post(
    '/api/reconciliation/preview',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary:
          'Read a statement file (multipart `file`: CSV in UTF-8 or GBK, or .xlsx, ≤ 10 MB; optional fields `source`, `kind`): headers, the first 20 rows, the kind and a column mapping (remembered for the source, or proposed); writes nothing',
        consumes: ['multipart/form-data'],
        response: { 200: PreviewView },
      },
    },
    async (request) => {
      const user = currentUser(request);
      assertMayReconcile(user);
      const { file, fields } = await readStatementForm(request);
      const { source, kind } = checked(
        PreviewFields,
        Object.fromEntries(Object.entries({ source: fields.source, kind: fields.kind }).filter(([, v]) => v)),
      );
      return previewStatement(db, user, file, { source, kind });
    },
  );

  app.get(
    '/api/reconciliation/sources',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Statement sources with their remembered kind and column mapping',
        response: { 200: SourceList },
      },
    },
    async (request) => {
      assertMayReconcile(currentUser(request));
      return { items: await listSources(db) };
    },
  );

  app.put(
    '/api/reconciliation/sources/:name',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Remember a source’s kind and column mapping (created or replaced)',
        params: SourceParams,
        body: SourceBody,
        response: { 200: SourceView },
      },
    },
    async (request) =>
      saveSource(db, currentUser(request), actorOf(request), request.params.name, {
        kind: request.body.kind,
        mapping: request.body.mapping,
      }),
  );

  app.post(
    '/api/reconciliation/runs',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary:
          'Reconcile a statement file (multipart `file` plus fields `source`, `kind`, `mapping` as JSON, optional `periodFrom`/`periodTo` YYYY-MM-DD, default the file’s dates); remembers the mapping for the source',
        consumes: ['multipart/form-data'],
        response: { 201: RunView },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      assertMayReconcile(user);
      const { file, fields } = await readStatementForm(request);
      return reply.status(201).send(await createRun(db, user, actorOf(request), file, runFields(fields)));
    },
  );

  app.get(
    '/api/reconciliation/runs',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Reconciliation runs, newest first, with their counts',
        querystring: RunListQuery,
        response: { 200: RunList },
      },
    },
    async (request) => {
      assertMayReconcile(currentUser(request));
      return listRuns(db, request.query);
    },
  );

  app.get(
    '/api/reconciliation/runs/:id',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'A run with its items of one result (all when none), with payment number, state and customer',
        params: IdParams,
        querystring: RunDetailQuery,
        response: { 200: RunDetail },
      },
    },
    async (request) => {
      assertMayReconcile(currentUser(request));
      return getRun(db, request.params.id, request.query);
    },
  );

  app.post(
    '/api/reconciliation/runs/:id/confirm',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Confirm every matched pending offline transfer of the run (those no longer pending are skipped)',
        params: IdParams,
        response: { 200: ConfirmResult },
      },
    },
    async (request) => confirmRun(db, currentUser(request), actorOf(request), request.params.id),
  );
}
