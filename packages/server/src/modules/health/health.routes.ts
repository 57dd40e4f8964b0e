import { sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';

export async function healthRoutes(app: App) {
  const { database } = app.deps;
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and which database runs',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
          }),
        },
      },
    },
    async () => {
      await database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, database: database.kind };
    },
  );
}
