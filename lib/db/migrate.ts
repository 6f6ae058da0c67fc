import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { installJobQueue } from "./queue-schema";

/** What `prisma migrate deploy` prints last when every migration is applied. */
const DEPLOYED = /^(All migrations have been successfully applied|No pending migrations to apply)\.$/m;

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
    let done = false;
    child.stdout.on("data", (chunk) => {
      output.push(String(chunk));
      // Prisma 6.19's WebAssembly schema engine leaves a 10 s timer running once it is done, and the
      // CLI waited it out: every `npm start` and every restore took 10 s longer. Its last line says
      // the migrations are in (each in its own committed transaction): it is stopped there instead.
      if (!done && DEPLOYED.test(output.join(""))) {
        done = true;
        child.kill("SIGTERM");
      }
    });
    child.stderr.on("data", (chunk) => output.push(String(chunk)));
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(done ? 0 : exitCode));
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
