import type { z } from "zod";
import type { Settings } from "@/lib/settings/settings";
import type { UserView } from "@/lib/users/user-view";
import type { passwordChangeSchema, passwordResetSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/user-schemas";
import { callApi, seg } from "./client";

/** The browser's calls about people: the admin's user management, one's own account, the desk's settings. */
export const peopleApi = {
  createUser: (input: z.input<typeof userCreateSchema>) => callApi<UserView>("POST", "/api/users", input),
  updateUser: (userId: string, input: z.input<typeof userUpdateSchema>) => callApi<UserView>("PATCH", `/api/users/${seg(userId)}`, input),
  resetPassword: (userId: string, input: z.input<typeof passwordResetSchema>) => callApi<void>("PUT", `/api/users/${seg(userId)}/password`, input),
  revokeSessions: (userId: string) => callApi<void>("DELETE", `/api/users/${seg(userId)}/sessions`),
  changeOwnPassword: (input: z.input<typeof passwordChangeSchema>) => callApi<void>("PUT", "/api/account/password", input),
  updateSettings: (input: Partial<Settings>) => callApi<Settings>("PATCH", "/api/settings", input),
};
