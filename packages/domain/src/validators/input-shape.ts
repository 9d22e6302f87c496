import type { z } from 'zod';

/**
 * Create and update inputs share their fields but not their optionality: a create needs the
 * required fields, an update may send any subset, and a field that can be empty in the
 * database may be sent as `null` to clear it. These helpers derive both from one list.
 */

/** Every field may be left out (but not set to null). */
export type OptionalShape<S extends Record<string, z.ZodType>> = { [K in keyof S]: z.ZodOptional<S[K]> };

/** Every field may be left out, or set to null to clear it. */
export type ClearableShape<S extends Record<string, z.ZodType>> = {
  [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>>;
};

/** Marks every field optional: the required fields of an update, booleans that cannot be cleared. */
export function optionalFields<S extends Record<string, z.ZodType>>(shape: S): OptionalShape<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema.optional()]),
  ) as OptionalShape<S>;
}

/** Marks every field optional and nullable: the fields the database stores as nullable. */
export function clearableFields<S extends Record<string, z.ZodType>>(shape: S): ClearableShape<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema.nullable().optional()]),
  ) as ClearableShape<S>;
}
