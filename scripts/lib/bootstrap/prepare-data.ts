import { hashPassword } from "../../../lib/auth/password";
import { normalizeEmail } from "../../../lib/auth/authenticate";
import { db } from "../../../lib/db/client";
import { seedDemoStory } from "../../../lib/articles/seed-demo-story";
import { seedDemoWork } from "../../../lib/demo/demo-work";
import { backfillApprovedRevisions } from "../../../lib/review/backfill-approved-revisions";
import { ensureDemoAccounts } from "../../../lib/users/demo-accounts";
import { userCreateSchema } from "../../../lib/validation/user-schemas";
import { formatIssues } from "../../../lib/validation/format-issues";

export interface PrepareOptions {
  /** True when the app runs on its own embedded database (no DATABASE_URL). */
  embedded: boolean;
  env: Record<string, string | undefined>;
}

export interface PrepareResult {
  seededDemo: boolean;
  createdAdmin?: string;
}

/**
 * What a database gets before the app serves it:
 * - a recorded revision for every annotation approved before approvals recorded one;
 * - demo accounts and the demo story on an empty embedded database, or anywhere with SEED_DEMO=true,
 *   with a desk's work on it in every state unless SEED_DEMO_WORK=false (benchmarks and tests that
 *   need the articles untouched);
 * - otherwise, a database with no users gets its first admin from ADMIN_EMAIL / ADMIN_PASSWORD,
 *   and without them the app refuses to start rather than run with nobody able to sign in.
 */
export async function prepareData({ embedded, env }: PrepareOptions): Promise<PrepareResult> {
  // Approvals from before approved revisions were recorded: what publishing reads (lib/review/approved-revision.ts).
  const backfill = await backfillApprovedRevisions();
  if (backfill.skipped.length > 0) {
    console.warn(`${backfill.skipped.length} approved annotation(s) have no verdict for their kind and stay off the public page until an editor approves them again.`);
  }
  const userCount = await db.user.count();
  const seedDemo = env.SEED_DEMO === "true" || (embedded && userCount === 0);
  if (seedDemo) {
    await ensureDemoAccounts();
    const storyId = await seedDemoStory();
    if (storyId && env.SEED_DEMO_WORK !== "false") await seedDemoWork(storyId);
    return { seededDemo: true };
  }
  if (userCount > 0) return { seededDemo: false };

  const parsed = userCreateSchema.safeParse({
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    name: env.ADMIN_NAME || "Administrator",
    role: "ADMIN",
  });
  if (!parsed.success) {
    throw new Error(
      "This database has no users yet. Set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin " +
        `(or SEED_DEMO=true for demo accounts). ${formatIssues(parsed.error)}`,
    );
  }
  const email = normalizeEmail(parsed.data.email);
  await db.user.create({
    data: { email, name: parsed.data.name, role: "ADMIN", passwordHash: await hashPassword(parsed.data.password) },
  });
  return { seededDemo: false, createdAdmin: email };
}
