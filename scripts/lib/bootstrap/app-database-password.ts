import path from "node:path";
import { keptSecret } from "./kept-secret";

/**
 * The password of the app's own database role (lib/db/app-role.ts): random, not derived from the
 * session secret, kept in .data like it. A deployment of several instances sets
 * APP_DATABASE_PASSWORD (the same on every instance), or each start would reset it for the others.
 */
export function resolveAppDatabasePassword(env: Record<string, string | undefined>, dataDir: string): string {
  return env.APP_DATABASE_PASSWORD || keptSecret(path.join(dataDir, "app-database-password"));
}
