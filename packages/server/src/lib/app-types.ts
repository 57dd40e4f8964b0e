import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Permission } from '../modules/auth/permissions.ts';
import type { AuthUser } from '../modules/auth/session.ts';

/** The Fastify instance every module registers its routes on. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * What a route requires: a permission, any signed-in user, or nothing. Every `/api` route must say
 * which; the app refuses to start otherwise.
 */
export type RouteAccess = Permission | 'signedIn' | 'public';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's validation schema (body, querystring, params, response), for docs checks and fuzzing. */
  schema: Record<string, unknown> | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthUser | null;
  }
  interface FastifyInstance {
    deps: { database: Database; config: Config };
    apiRoutes: RegisteredRoute[];
  }
}
