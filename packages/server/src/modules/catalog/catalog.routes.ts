import { sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { Id } from '../../lib/schema-types.ts';
import { queryRows } from '../../lib/sql.ts';

const CategoryView = Type.Object({
  id: Id,
  parentId: Type.Union([Id, Type.Null()]),
  name: Type.String(),
  sort: Type.Integer(),
  productCount: Type.Integer({ description: 'products on shelf in this category and its descendants' }),
});

export async function catalogRoutes(app: App) {
  const db = app.deps.database.db;
  app.get(
    '/api/categories',
    {
      config: { access: 'products:view' },
      schema: {
        tags: ['catalog'],
        summary: 'The category tree as a flat list (parentId links), with on-shelf product counts',
        response: { 200: Type.Object({ items: Type.Array(CategoryView) }) },
      },
    },
    async () => ({
      items: await queryRows<{ id: number; parentId: number | null; name: string; sort: number; productCount: number }>(
        db,
        sql`WITH RECURSIVE tree AS (
              SELECT id, id AS root FROM categories
              UNION ALL
              SELECT c.id, t.root FROM categories c JOIN tree t ON c.parent_id = t.id)
            SELECT k.id::int AS id, k.parent_id::int AS "parentId", k.name, k.sort,
                   (SELECT count(*)::int FROM products p JOIN tree t ON t.id = p.category_id
                     WHERE t.root = k.id AND p.status = 'on') AS "productCount"
              FROM categories k ORDER BY k.sort, k.id`,
      ),
    }),
  );
}
