import { ROLES, type Role } from "../vocabulary/names";
import { ROLE_LABELS } from "../vocabulary/labels";

export type { Role };
export { ROLES, ROLE_LABELS };

const RANK: Record<Role, number> = { ANNOTATOR: 1, EDITOR: 2, ADMIN: 3 };

/** Roles are ordered: an editor can do what an annotator can, an admin what an editor can. */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

