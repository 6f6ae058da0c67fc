/**
 * `npm start`: database (DATABASE_URL, or the embedded one in .data/), migrations, seed data,
 * production build, then the server on http://localhost:3000. Ctrl-C or SIGTERM stops the server
 * (its job worker first lets running jobs finish) and then shuts the embedded PostgreSQL down cleanly.
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

let stopped: Promise<void> | undefined;

/** Stops the server, then the embedded PostgreSQL, then exits; asked again meanwhile, it finishes the first stop. */
async function shutdown(code: number): Promise<never> {
  stopped ??= (async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    if (cluster) {
      console.log("Stopping the embedded PostgreSQL…");
      await cluster.stop().catch((error) => console.error(String(error)));
    }
  })();
  await stopped;
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

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Set on the process that does the work, in a process group of its own (runInOwnGroup). */
const OWN_GROUP = "FACTMARK_START_OWN_GROUP";

/**
 * A terminal's Ctrl-C reaches every process of its foreground group at once, the embedded
 * PostgreSQL too, which then ended the server's connections while the server was still stopping
 * (its job worker logged "terminating connection"). So the work runs in a process group of its
 * own, and this first process passes each signal on, once: the server stops first, PostgreSQL
 * after (shutdown above). Should this process die outright, the work stops the same way.
 */
function runInOwnGroup(): void {
  const work = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, [OWN_GROUP]: "1" },
  });
  let passedOn = false;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (passedOn) return;
      passedOn = true;
      work.kill(signal);
    });
  }
  work.on("exit", (code) => process.exit(code ?? 1));
}

async function main() {
  for (const signal of SIGNALS) process.on(signal, () => void shutdown(0));
  // The first process went away without passing a signal on (runInOwnGroup).
  process.on("disconnect", () => void shutdown(0));
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

// In order, in either process: the server (and its job worker) first, the embedded PostgreSQL after.
stopClustersOnlyWhenAsked();
if (process.env[OWN_GROUP] || process.platform === "win32") {
  main().catch(async (error) => {
    console.error(error instanceof EnvironmentError ? `\n${error.message}` : `\nFactmark could not start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  });
} else {
  runInOwnGroup();
}
