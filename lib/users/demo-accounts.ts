import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import { db } from "../db/client";

export const DEMO_PASSWORD = "factmark-demo";

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@example.com", name: "Eddie Editor", role: "EDITOR" },
  { email: "annotator@example.com", name: "Ana Annotator", role: "ANNOTATOR" },
];

/** Creates the demo accounts that are missing; existing ones are left as they are. */
export async function ensureDemoAccounts(): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({ where: { email: account.email }, update: {}, create: { ...account, passwordHash } });
  }
}
