import { z } from "zod";
import { idParams } from "../validation/route-params";
import { settingsSchema } from "../validation/settings-schemas";
import { passwordChangeSchema, passwordResetSchema, userCreateSchema, userListQuerySchema, userUpdateSchema } from "../validation/user-schemas";
import { ROLES } from "../vocabulary/names";
import { route } from "./route-contract";
import { dateTime, id, named, nextCursor } from "./wire";

/** What the app shows of a user: never the password hash or session version. */
export const userViewSchema = named(
  "User",
  z.object({ id, email: z.string(), name: z.string(), role: z.enum(ROLES), disabled: z.boolean(), createdAt: dateTime }),
);

export const settingsAnswerSchema = named(
  "Settings",
  z.object({ allowSelfApproval: z.boolean(), publicName: z.string(), logoUrl: z.string(), publicBaseUrl: z.string() }),
  "The desk's settings: four-eyes review, and the name, logo and address of its public pages.",
);

/** Accounts, one's own password, the people to assign work to, and the desk's settings. */
export const peopleRoutes = {
  listUsers: route({
    method: "GET",
    path: "/api/users",
    summary: "a page of the accounts, active ones first, by email, and how many there are",
    who: "admin",
    permission: "users.manage",
    query: userListQuerySchema,
    answer: { status: 200, json: z.object({ users: z.array(userViewSchema), next: nextCursor, total: z.number().int() }) },
  }),
  createUser: route({
    method: "POST",
    path: "/api/users",
    summary: "create an account",
    who: "admin",
    permission: "users.manage",
    body: userCreateSchema,
    answer: { status: 201, json: userViewSchema },
  }),
  updateUser: route({
    method: "PATCH",
    path: "/api/users/:id",
    summary: "change the role and/or whether the account is disabled",
    who: "admin",
    permission: "users.manage",
    params: idParams,
    body: userUpdateSchema,
    answer: { status: 200, json: userViewSchema },
  }),
  revokeSessions: route({
    method: "DELETE",
    path: "/api/users/:id/sessions",
    summary: "sign out everywhere",
    who: "self-or-admin",
    params: idParams,
    answer: { status: 204 },
  }),
  changeOwnPassword: route({
    method: "PUT",
    path: "/api/account/password",
    summary: "change your password; ends all your sessions",
    who: "signed-in",
    body: passwordChangeSchema,
    answer: { status: 204 },
  }),
  resetPassword: route({
    method: "PUT",
    path: "/api/users/:id/password",
    summary: "set someone else's password; ends their sessions",
    who: "admin",
    permission: "users.manage",
    params: idParams,
    body: passwordResetSchema,
    answer: { status: 204 },
  }),
  people: route({
    method: "GET",
    path: "/api/people",
    summary: "active people, for assigning",
    who: "signed-in",
    answer: { status: 200, json: z.object({ people: z.array(named("Person", z.object({ id, name: z.string(), role: z.enum(ROLES) }))) }) },
  }),
  settings: route({
    method: "GET",
    path: "/api/settings",
    summary: "the desk's settings",
    who: "signed-in",
    answer: { status: 200, json: settingsAnswerSchema },
  }),
  updateSettings: route({
    method: "PATCH",
    path: "/api/settings",
    summary: "change any of the desk's settings",
    who: "admin",
    permission: "settings.change",
    body: settingsSchema.partial(),
    answer: { status: 200, json: settingsAnswerSchema },
  }),
};
