import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { installJobQueue } from "./queue-schema";

/**
 * Applies every pending migration in prisma/migrations to the database at `databaseUrl`, then
 * prisma/triggers.sql (rules such as the append-only audit trail; see that file for why), then
 * the job queue's own schema (lib/db/queue-schema.ts).
 */
export async function migrateDeploy(databaseUrl: string, projectRoot = process.cwd()): Promise<void> {
  const prismaBin = path.join(projectRoot, "node_modules", ".bin", "prisma");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(prismaBin, ["migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => output.push(String(chunk)));
    child.stderr.on("data", (chunk) => output.push(String(chunk)));
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${output.join("")}`);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(await readFile(path.join(projectRoot, "prisma", "triggers.sql"), "utf8"));
  } finally {
    await client.end();
  }
  await installJobQueue(databaseUrl);
}
