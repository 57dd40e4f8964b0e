import { Type } from 'typebox';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';
import { Password, Username } from '../users/users.schemas.ts';

export const LevelView = Type.Object({
  id: Id,
  name: Type.String(),
  discountPercent: Type.Integer(),
  sort: Type.Integer(),
  customerCount: Type.Integer(),
});

export const CreateLevelBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 32 }),
  discountPercent: Type.Integer({ minimum: 1, maximum: 100, description: '90 = 九折 (10 % off)' }),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
});

export const CustomerStatus = Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('disabled')]);

export const CustomerView = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  status: CustomerStatus,
  levelId: Nullable(Id),
  levelName: Nullable(Type.String()),
  salespersonId: Nullable(Id),
  salespersonName: Nullable(Type.String()),
  contactName: Nullable(Type.String()),
  phone: Nullable(Type.String({ description: 'masked (138****1234) in lists' })),
  province: Nullable(Type.String()),
  city: Nullable(Type.String()),
  district: Nullable(Type.String()),
  address: Nullable(Type.String()),
  creditLimit: Type.Integer({ description: 'fen' }),
  paymentTermDays: Type.Integer(),
  tags: Type.Array(Type.String()),
  notes: Type.String(),
  createdAt: DateTime,
});

export const CustomerListQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(CustomerStatus),
  levelId: Type.Optional(Id),
  salespersonId: Type.Optional(Id),
});

export const CustomerList = Paged(CustomerView);

export const CreateCustomerBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' })),
  levelId: Type.Optional(Id),
  creditLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e13, description: 'fen' })),
  paymentTermDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
  salespersonId: Type.Optional(Id),
  contactName: Type.Optional(Type.String({ maxLength: 32 })),
  phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
  province: Type.Optional(Type.String({ maxLength: 32 })),
  city: Type.Optional(Type.String({ maxLength: 32 })),
  district: Type.Optional(Type.String({ maxLength: 32 })),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 16 }), { maxItems: 20 })),
});

export const CreateCustomerUserBody = Type.Object({
  username: Username,
  password: Password,
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  role: Type.Union([Type.Literal('buyer'), Type.Literal('approver'), Type.Literal('viewer')]),
  phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
});
