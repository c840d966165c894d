import { z } from 'zod';
import { roles } from '../core/auth/roles';

export const roleSchema = z.enum(roles);

export const roleGrantSchema = z.object({
  role: roleSchema,
  unitCode: z.string(),
  unitName: z.string(),
});

export const currentUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleGrantSchema),
  mustChangePassword: z.boolean(),
});

export type CurrentUser = z.infer<typeof currentUserSchema>;

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const loginResponseSchema = z.object({
  token: z.string(),
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  user: currentUserSchema,
});

export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({ user: currentUserSchema, csrfToken: z.string() });

/** Password rule: 10+ characters with letters and digits (shown to the user as written here). */
export const passwordRuleVi = 'Mật khẩu cần ít nhất 10 ký tự, gồm cả chữ và số';

export const newPasswordSchema = z
  .string()
  .min(10, passwordRuleVi)
  .max(256)
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), passwordRuleVi);

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
});

export const okResponseSchema = z.object({ ok: z.literal(true) });
