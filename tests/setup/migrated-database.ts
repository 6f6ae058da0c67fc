import { randomBytes } from "node:crypto";
import { copyDatabase, type ThrowawayDatabase } from "@/scripts/lib/throwaway-database";

/**
 * An empty database of the test's own with every migration applied: a copy of the run's migrated
 * template (tests/setup/worker-databases.ts), which PostgreSQL makes from its files in a moment.
 * Migrating a new database runs Prisma's CLI, seconds of a core each time.
 */
export async function migratedDatabase(): Promise<ThrowawayDatabase> {
  const template = process.env.FACTMARK_TEMPLATE_DATABASE_URL;
  if (!template) throw new Error("No migrated template database: run Vitest with DATABASE_URL set (npm test does).");
  return copyDatabase(template, `copy_${randomBytes(4).toString("hex")}`);
}
