import type { z } from "zod";
import { peopleRoutes as routes } from "@/lib/contracts/people";
import { callApi } from "./client";

type Body<K extends keyof typeof routes> = (typeof routes)[K] extends { body: infer S extends z.ZodType } ? z.input<S> : never;

/** The browser's calls about people: the admin's user management, one's own account, the desk's settings (lib/contracts/people.ts). */
export const peopleApi = {
  createUser: (body: Body<"createUser">) => callApi(routes.createUser, { body }),
  updateUser: (userId: string, body: Body<"updateUser">) => callApi(routes.updateUser, { params: { id: userId }, body }),
  resetPassword: (userId: string, body: Body<"resetPassword">) => callApi(routes.resetPassword, { params: { id: userId }, body }),
  revokeSessions: (userId: string) => callApi(routes.revokeSessions, { params: { id: userId } }),
  changeOwnPassword: (body: Body<"changeOwnPassword">) => callApi(routes.changeOwnPassword, { body }),
  updateSettings: (body: Body<"updateSettings">) => callApi(routes.updateSettings, { body }),
};
