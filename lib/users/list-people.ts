import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import type { Role } from "../auth/roles";

/** Active people on the desk, for assignment pickers: names and roles only. */
export async function listPeople(viewer: SessionUser): Promise<{ id: string; name: string; role: Role }[]> {
  void viewer;
  return db.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
}
