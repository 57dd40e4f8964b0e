import type { FastifyInstance } from 'fastify';
import { type FieldError, validationFailed } from './errors.ts';

function collect(value: unknown, path: string, out: FieldError[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ path, message: 'must be a finite number' });
  } else if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, message: 'must not contain NUL characters' });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) collect(v, `${path}/${i}`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, `${path}/${k}`, out);
  }
}

/**
 * Refuses, after validation, input that PostgreSQL cannot store: numbers that are not finite
 * (JSON.parse turns `1e309` into Infinity, and Ajv's type coercion lets "1e309" through `integer`
 * with a `maximum`) and text with NUL characters.
 */
export function installInputGuards(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const fields: FieldError[] = [];
    collect(request.params, '/params', fields);
    collect(request.query, '/querystring', fields);
    collect(request.body, '/body', fields);
    if (fields.length) throw validationFailed(fields);
  });
}
