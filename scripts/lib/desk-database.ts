import { connect } from "node:net";
import path from "node:path";
import { embeddedPassword, startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres";
import { root } from "./run";

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * Runs `work` with the owner's connection string of the desk's database: DATABASE_URL, or the
 * embedded PostgreSQL in .data/postgres, reused while `npm start` runs it, started (and stopped
 * again) when it does not.
 */
export async function withDeskDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = path.join(root, ".data", "postgres");
  if (await answers(port)) {
    // `npm start` runs it.
    return work(`postgresql://factmark:${encodeURIComponent(embeddedPassword(dataDir))}@127.0.0.1:${port}/factmark`);
  }
  console.log(`Starting the embedded PostgreSQL (data in .data/postgres, port ${port})…`);
  const cluster: EmbeddedCluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  try {
    await cluster.createDatabase("factmark");
    return await work(cluster.url("factmark"));
  } finally {
    await cluster.stop();
  }
}
