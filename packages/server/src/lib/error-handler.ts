import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type ErrorCode, errorStatus, type FieldError } from './errors.ts';

interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

const fastifyCodeMap: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

// PostgreSQL errors that can only come from the request's data, not from a bug on our side.
const pgCodeMap: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: 'CONFLICT', message: 'A record with the same unique value already exists' },
  '23503': { code: 'CONFLICT', message: 'The record refers to, or is referred to by, another record' },
  '22P02': { code: 'BAD_REQUEST', message: 'A value has the wrong format' },
  '22003': { code: 'BAD_REQUEST', message: 'A number is out of range' },
  '22001': { code: 'BAD_REQUEST', message: 'A text value is too long' },
  '40001': { code: 'CONFLICT', message: 'Concurrent update, please retry' },
};

function fieldErrors(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((v) => {
    const params = v.params as Record<string, unknown>;
    const base = `/${error.validationContext ?? 'body'}${v.instancePath}`;
    // A missing property is reported on its parent; point at the property itself.
    const path = typeof params?.missingProperty === 'string' ? `${base}/${params.missingProperty}` : base;
    return { path, message: v.message ?? 'invalid' };
  });
}

/** The SQLSTATE of a PostgreSQL error, also when a driver wrapped it (Drizzle puts it in `cause`). */
function postgresCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

export function toErrorBody(error: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (error instanceof AppError) {
    const status = error.statusCode;
    const internal = status >= 500;
    return {
      status,
      internal,
      body: {
        error: {
          code: error.code,
          message: internal ? 'Internal server error' : error.message,
          ...(error.details && !internal ? { details: error.details } : {}),
        },
      },
    };
  }
  const e = error as FastifyError & { code?: string };
  if (e?.validation) {
    return {
      status: 400,
      internal: false,
      body: {
        error: { code: 'VALIDATION_FAILED', message: 'The request is invalid', details: { fields: fieldErrors(e) } },
      },
    };
  }
  // Class 22 (data exception) can only come from values the client sent.
  const pgCode = postgresCode(error);
  if (pgCode && (pgCodeMap[pgCode] || pgCode.startsWith('22'))) {
    const mapped = pgCodeMap[pgCode] ?? { code: 'BAD_REQUEST' as const, message: 'A value is not valid' };
    return { status: errorStatus[mapped.code], internal: false, body: { error: mapped } };
  }
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = fastifyCodeMap[status] ?? 'BAD_REQUEST';
    return {
      status: errorStatus[code] === status ? status : 400,
      internal: false,
      body: { error: { code, message: e.message } },
    };
  }
  return { status: 500, internal: true, body: { error: { code: 'INTERNAL', message: 'Internal server error' } } };
}

/** One error shape for the whole API; 5xx texts never reach the client. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body, internal } = toErrorBody(error);
    if (internal) request.log.error({ err: error }, 'request failed');
    const retry = body.error.details?.retryAfterSeconds;
    if (status === 429 && typeof retry === 'number') reply.header('retry-after', String(retry));
    return reply.status(status).send(body);
  });
}
