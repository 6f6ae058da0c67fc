import type { Role } from "../auth/roles";

/** What the app shows of a user: never the password hash or session version. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

export const userViewSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const;
