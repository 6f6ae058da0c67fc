import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveAppDatabasePassword } from "@/scripts/lib/bootstrap/app-database-password";
import { resolveAuthSecret } from "@/scripts/lib/bootstrap/auth-secret";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "factmark-secrets-"));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe("secrets kept in .data (security review, issue #27)", () => {
  it("the app role's password is random, not derived from the session secret, kept 0600 and reused", async () => {
    const password = resolveAppDatabasePassword({ NEXTAUTH_SECRET: "shared" }, dataDir);
    const file = path.join(dataDir, "app-database-password");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, "utf8")).trim()).toBe(password);
    expect(resolveAppDatabasePassword({ NEXTAUTH_SECRET: "shared" }, dataDir)).toBe(password);
    // Another folder, the same session secret: another password.
    const other = await mkdtemp(path.join(os.tmpdir(), "factmark-secrets-"));
    try {
      expect(resolveAppDatabasePassword({ NEXTAUTH_SECRET: "shared" }, other)).not.toBe(password);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
    expect(resolveAppDatabasePassword({ APP_DATABASE_PASSWORD: "set-by-the-deployment" }, dataDir)).toBe("set-by-the-deployment");
  });

  it("a kept file others could read is closed to them", async () => {
    const file = path.join(dataDir, "auth-secret");
    await writeFile(file, "an-old-secret\n");
    await chmod(file, 0o644);
    expect(resolveAuthSecret({}, dataDir)).toBe("an-old-secret");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
