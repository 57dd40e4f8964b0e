import { Type } from 'typebox';
import { Id } from '../../lib/schema-types.ts';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'ErrorResponse' },
);

export const Me = Type.Object({
  id: Id,
  username: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('staff'), Type.Literal('customer')]),
  customerId: Type.Optional(Id),
  customerName: Type.Optional(Type.String()),
  roles: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  permissions: Type.Array(Type.String()),
  dataScope: Type.Union([Type.Literal('all'), Type.Literal('own')]),
});

export const MeResponse = Type.Object({ user: Me });

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 128 }),
});

export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
  newPassword: Type.String({ minLength: 1, maxLength: 128 }),
});

export const PermissionGroup = Type.Object({
  resource: Type.String(),
  actions: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
});

export const PermissionCatalogResponse = Type.Object({
  groups: Type.Array(PermissionGroup),
  customerAssignable: Type.Array(Type.String()),
});
