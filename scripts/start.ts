/**
 * `npm start`: database (DATABASE_URL, or the embedded one in .data/), migrations, seed data,
 * production build, then the server on http://localhost:3000. Ctrl-C or SIGTERM stops the server
 * and shuts the embedded PostgreSQL down cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { resolveAppDatabasePassword } from "./lib/bootstrap/app-database-password";
import { resolveAuthSecret } from "./lib/bootstrap/auth-secret";
import { prepareData } from "./lib/bootstrap/prepare-data";
import { closeDb } from "../lib/db/client";
import { startEmbeddedPostgres, stopClustersOnlyWhenAsked, type EmbeddedCluster } from "./lib/embedded-postgres";
import { ensureAppRole } from "../lib/db/app-role";
import { migrateDeploy } from "../lib/db/migrate";
import { bin, root, tsx } from "./lib/run";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/users/demo-accounts";
import { environment, EnvironmentError } from "../lib/config/environment";

const dataDir = path.join(root, ".data");
const dev = process.argv.includes("--dev");
let port = 3000;

let cluster: EmbeddedCluster | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    if (cluster) {
      console.log("Stopping the embedded PostgreSQL…");
      await cluster.stop().catch((error) => console.error(String(error)));
    }
  }
  process.exit(code);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    server = child;
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  // In order: the server (and its job worker) first, the embedded PostgreSQL after.
  stopClustersOnlyWhenAsked();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
  // Every setting is checked first: a bad one stops here, naming it and its value.
  const settings = environment();
  port = settings.PORT;

  const embedded = !process.env.DATABASE_URL;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = settings.EMBEDDED_PG_PORT;
    console.log(`No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres, port ${pgPort})…`);
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort, persistent: true });
    await cluster.createDatabase("factmark");
    databaseUrl = cluster.url("factmark");
    process.env.DATABASE_URL = databaseUrl;
  }

  console.log("Applying database migrations…");
  await migrateDeploy(databaseUrl, root);
  const prepared = await prepareData({ embedded, env: process.env });
  await closeDb();

  const secret = resolveAuthSecret(process.env, dataDir);
  // The server connects as a role that does not own the tables (lib/db/app-role.ts).
  if (process.env.NEXTAUTH_SECRET && !process.env.APP_DATABASE_PASSWORD && !embedded) {
    console.warn("APP_DATABASE_PASSWORD is not set: this instance keeps its own in .data. Running several instances? Give them all the same APP_DATABASE_PASSWORD, or each start locks the others out.");
  }
  const app = await ensureAppRole(databaseUrl, resolveAppDatabasePassword(process.env, dataDir));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: app.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: settings.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };

  if (!dev && !settings.SKIP_BUILD) {
    console.log("Building the production app…");
    const code = await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    if (code !== 0) return shutdown(code);
  }

  const host = settings.HOST ?? "127.0.0.1";
  console.log(`\nFactmark is starting on http://localhost:${port}`);
  if (prepared.seededDemo) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.role}`);
    console.log(
      "\nWARNING: these demo accounts use a published password, and one is an admin. Change their passwords\n" +
        "(Account, or Users for an admin) or disable them before anyone else can reach this server." +
        (host === "127.0.0.1" || host === "localhost" ? " It listens on this machine only (set HOST to change that)." : ` It listens on ${host}.`),
    );
  }
  if (prepared.createdAdmin) console.log(`Created the first admin: ${prepared.createdAdmin}`);
  console.log("Press Ctrl-C to stop.\n");

  const code = dev
    ? await run(bin("next"), ["dev", "-p", String(port), "-H", host], env)
    : await run(...tsx("scripts/serve.ts", "--port", String(port), "--host", host), env);
  await shutdown(code);
}

main().catch(async (error) => {
  console.error(error instanceof EnvironmentError ? `\n${error.message}` : `\nFactmark could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
