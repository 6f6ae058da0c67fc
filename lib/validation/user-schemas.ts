import { z } from "zod";
import { ROLES } from "../vocabulary/names";
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordBytes, passwordTooLongMessage } from "./password-rules";
import { emailSchema } from "./auth-schemas";
import { cursorSchema, limitSchema } from "../paging/keyset";

export const roleSchema = z.enum(ROLES, {
  error: "Role must be Annotator, Editor or Admin.",
});

const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Keep the password under 200 characters.")
  .superRefine((password, context) => {
    if (passwordBytes(password) > MAX_PASSWORD_BYTES) context.addIssue({ code: "custom", message: passwordTooLongMessage(password) });
  });

export const userCreateSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
  role: roleSchema,
  password: newPasswordSchema,
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    newPassword: newPasswordSchema,
  })
  .strict();

export const passwordResetSchema = z.object({ newPassword: newPasswordSchema }).strict();

export const userUpdateSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean({ error: "Disabled must be true or false." }).optional(),
  })
  .strict()
  .refine((value) => value.role !== undefined || value.disabled !== undefined, {
    message: "Say what to change: a role, or whether the account is disabled.",
  });

/** A page of the accounts: after `cursor` (the last one's disabled flag and email), at most `limit`. */
export const userListQuerySchema = z.object({
  cursor: cursorSchema(z.tuple([z.boolean(), z.string().min(1).max(320)])).optional(),
  limit: limitSchema(200).optional(),
});

export type UserListQuery = z.infer<typeof userListQuerySchema>;
export type UserCreateInput = z.infer<typeof userCreateSchema>;
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;
