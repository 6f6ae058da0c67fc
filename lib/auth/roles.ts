import type { Role } from "../db/generated/enums";

export type { Role };

export const ROLES: readonly Role[] = ["ANNOTATOR", "EDITOR", "ADMIN"] as const;

const RANK: Record<Role, number> = { ANNOTATOR: 1, EDITOR: 2, ADMIN: 3 };

/** Roles are ordered: an editor can do what an annotator can, an admin what an editor can. */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const ROLE_LABELS: Record<Role, string> = {
  ANNOTATOR: "Annotator",
  EDITOR: "Editor",
  ADMIN: "Admin",
};
