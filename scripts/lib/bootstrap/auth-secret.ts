import path from "node:path";
import { keptSecret } from "./kept-secret";

/**
 * The secret that signs session cookies. A deployment sets NEXTAUTH_SECRET (the same on every
 * instance); a local run gets one generated once and kept in .data so sessions survive restarts.
 */
export function resolveAuthSecret(env: Record<string, string | undefined>, dataDir: string): string {
  return env.NEXTAUTH_SECRET || keptSecret(path.join(dataDir, "auth-secret"));
}
