import { Type } from 'typebox';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

export const Username = Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z0-9_.@-]+$' });
export const Password = Type.String({ minLength: 8, maxLength: 128 });
const Phone = Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' });
const Email = Type.String({ maxLength: 120 });

export const RoleRef = Type.Object({ id: Id, code: Type.String(), name: Type.String() });

export const UserView = Type.Object({
  id: Id,
  username: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('staff'), Type.Literal('customer')]),
  customerId: Type.Union([Id, Type.Null()]),
  customerName: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  roles: Type.Array(RoleRef),
  lastLoginAt: Type.Union([DateTime, Type.Null()]),
  createdAt: DateTime,
});

export const UserList = Paged(UserView);

export const UserListQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 64 })),
  kind: Type.Optional(Type.Union([Type.Literal('staff'), Type.Literal('customer')])),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  roleId: Type.Optional(Id),
});

export const CreateStaffUserBody = Type.Object({
  username: Username,
  name: Type.String({ minLength: 1, maxLength: 64 }),
  password: Password,
  roleIds: Type.Array(Id, { minItems: 1, maxItems: 20 }),
  phone: Type.Optional(Phone),
  email: Type.Optional(Email),
});

export const UpdateUserBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  phone: Type.Optional(Nullable(Phone)),
  email: Type.Optional(Nullable(Email)),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  roleIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 20 })),
});

export const ResetPasswordBody = Type.Object({ password: Password });

export const RoleView = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('staff'), Type.Literal('customer')]),
  builtin: Type.Boolean(),
  description: Type.String(),
  permissions: Type.Array(Type.String()),
  dataScope: Type.Union([Type.Literal('all'), Type.Literal('own')]),
  userCount: Type.Integer(),
});

export const RoleListQuery = Type.Object({
  kind: Type.Optional(Type.Union([Type.Literal('staff'), Type.Literal('customer')])),
});

export const PermissionName = Type.String({ pattern: '^[a-z_]+:[a-z_]+$', maxLength: 64 });

export const CreateRoleBody = Type.Object({
  code: Type.String({ minLength: 2, maxLength: 32, pattern: '^[a-z][a-z0-9_]*$' }),
  name: Type.String({ minLength: 1, maxLength: 32 }),
  description: Type.Optional(Type.String({ maxLength: 200 })),
  permissions: Type.Array(PermissionName, { maxItems: 200 }),
  dataScope: Type.Union([Type.Literal('all'), Type.Literal('own')]),
});

export const UpdateRoleBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
  description: Type.Optional(Type.String({ maxLength: 200 })),
  permissions: Type.Optional(Type.Array(PermissionName, { maxItems: 200 })),
  dataScope: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('own')])),
});
