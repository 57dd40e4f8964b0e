import { type TSchema, Type } from 'typebox';

/** Database ids are bigint identities; in JSON they are safe integers. */
export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
export const IdParams = Type.Object({ id: Id });

/** An ISO 8601 timestamp in JSON; handlers may return a Date, the serialiser writes ISO text. */
export const DateTime = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });

// Null first: with Ajv's type coercion a null tried against a string schema first would become "".
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
