import { z } from 'zod';
import { newPasswordSchema, roleSchema } from './auth';
import { pagedSchema, pageQuerySchema, queryBooleanSchema } from './common';
import { unitCodeSchema } from './units';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch');

export const userRoleSchema = z.object({
  role: roleSchema,
  unitCode: z.string(),
  unitName: z.string(),
});

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.iso.datetime({ offset: true }).nullable(),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
  roles: z.array(userRoleSchema),
});

export type User = z.infer<typeof userSchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(200).optional(),
  unit: unitCodeSchema.optional(),
  role: roleSchema.optional(),
  active: queryBooleanSchema.optional(),
  sort: z.enum(['username', 'fullName', '-lastLoginAt']).default('username'),
});

export const userListSchema = pagedSchema(userSchema);

export const userIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const roleAssignmentSchema = z.strictObject({ role: roleSchema, unitCode: unitCodeSchema });

export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  fullName: z.string().trim().min(2).max(120),
  email: z.email().nullish(),
  password: newPasswordSchema,
  roles: z.array(roleAssignmentSchema).min(1).max(20),
});

export const updateUserBodySchema = z
  .strictObject({
    fullName: z.string().trim().min(2).max(120),
    email: z.email().nullable(),
    active: z.boolean(),
    /** Clears a lockout after failed sign-ins. */
    unlock: z.literal(true),
  })
  .partial();

export const setUserRolesBodySchema = z.strictObject({
  roles: z.array(roleAssignmentSchema).min(1).max(20),
});

export const resetPasswordBodySchema = z.strictObject({ newPassword: newPasswordSchema });
