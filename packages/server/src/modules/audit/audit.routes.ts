import { type SQL, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { Paged, PageQuery, pageOf } from '../../lib/pagination.ts';
import { DateTime, Id } from '../../lib/schema-types.ts';
import { iso, likeEscape, queryRows } from '../../lib/sql.ts';

const AuditEntryView = Type.Object({
  id: Id,
  at: DateTime,
  actorId: Type.Union([Id, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});

const AuditQuery = Type.Object({
  ...PageQuery,
  action: Type.Optional(Type.String({ maxLength: 64 })),
  actorId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
});

export async function auditRoutes(app: App) {
  const db = app.deps.database.db;
  app.get(
    '/api/audit-log',
    {
      config: { access: 'audit:view' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log of sensitive actions, newest first',
        querystring: AuditQuery,
        response: { 200: Paged(AuditEntryView) },
      },
    },
    async (request) => {
      const q = request.query;
      const where: SQL[] = [sql`true`];
      // `action` matches a whole action or a prefix such as "auth." or "user.".
      if (q.action)
        where.push(q.action.endsWith('.') ? sql`action LIKE ${`${likeEscape(q.action)}%`}` : sql`action = ${q.action}`);
      if (q.actorId) where.push(sql`actor_id = ${q.actorId}`);
      if (q.q) {
        const like = `%${likeEscape(q.q)}%`;
        where.push(sql`(actor_name ILIKE ${like} OR ip ILIKE ${like} OR details::text ILIKE ${like})`);
      }
      if (q.from) where.push(sql`at >= ${q.from}::timestamptz`);
      if (q.to) where.push(sql`at < ${q.to}::timestamptz`);
      const { limit, offset } = pageOf(q);
      const cond = sql.join(where, sql` AND `);
      const items = await queryRows<Record<string, unknown>>(
        db,
        sql`SELECT id::int AS id, ${iso('at')} AS at, actor_id::int AS "actorId", actor_name AS "actorName", action, target_type AS "targetType",
                   target_id AS "targetId", ip, details
              FROM audit_log WHERE ${cond} ORDER BY at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
      );
      const [{ total }] = await queryRows<{ total: number }>(
        db,
        sql`SELECT count(*)::int AS total FROM audit_log WHERE ${cond}`,
      );
      return { items: items as never, total };
    },
  );
}
