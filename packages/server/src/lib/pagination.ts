import { type Static, type TSchema, Type } from 'typebox';

/** `page` (from 1) and `pageSize` (≤ 100) query fields shared by every list. */
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

export const pageOf = (query: { page?: number; pageSize?: number }) => {
  const pageSize = query.pageSize ?? 20;
  const page = query.page ?? 1;
  return { limit: pageSize, offset: (page - 1) * pageSize };
};

export const Paged = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() });
export type PagedOf<T extends TSchema> = { items: Static<T>[]; total: number };
