import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/**
 * Every call goes to the same origin; the session lives in an httpOnly cookie. The origin is spelled
 * out (rather than '') so requests also build outside a browser page, and fetch is looked up per call
 * so unit tests can stub it at the network boundary.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  fetch: (request) => globalThis.fetch(request),
});

type ErrorBody = components['schemas']['ErrorResponse']['error'];

export interface FieldError {
  /** e.g. "/body/name" */
  path: string;
  message: string;
}

/** An API error response (`{ error: { code, message, details } }`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, body: Partial<ErrorBody> | undefined) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'NETWORK' : 'UNKNOWN');
    this.details = body?.details;
  }

  /** Field errors from a validation failure, plus a single `details.field` some conflicts name. */
  get fieldErrors(): FieldError[] {
    const fields = this.details?.fields;
    const list = Array.isArray(fields) ? (fields as FieldError[]) : [];
    const single = this.details?.field;
    return typeof single === 'string' ? [...list, { path: `/body/${single}`, message: this.message }] : list;
  }
}

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, throwing ApiError for any non-2xx answer. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    throw Object.assign(new ApiError(0, { message: String(cause) }), { cause });
  }
  if (!result.response.ok) {
    const body = result.error as { error?: Partial<ErrorBody> } | undefined;
    throw new ApiError(result.response.status, body?.error);
  }
  return result.data as T;
}

export const isUnauthenticated = (error: unknown): boolean => error instanceof ApiError && error.status === 401;
