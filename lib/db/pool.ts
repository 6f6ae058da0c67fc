import pg from "pg";

/**
 * A connection pool that gives back a connection the moment it dies while checked out. Prisma's
 * pg adapter releases a transaction's connection only when the transaction ends normally: when
 * PostgreSQL restarts or cuts the connection mid-transaction, the slot was never returned, and
 * after as many cuts as the pool has connections every request waited forever (seen in
 * lib/db/unavailable.test.ts). Here a checked-out connection that errors or ends is released
 * (and so destroyed) at once, and a second release of it is a no-op.
 */
export function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle connection that PostgreSQL ends (a restart, an administrator) is an 'error' on the
  // pool; unheard, it would stop the whole process. The pool drops that connection by itself.
  pool.on("error", (error) => console.error(`A database connection was lost while idle: ${error.message}`));
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void) => Promise<pg.PoolClient> | void;

  const guard = (client: pg.PoolClient) => {
    const release = client.release.bind(client);
    let released = false;
    const onLost = (error?: Error) => client.release(error ?? new Error("The database connection ended."));
    client.release = (error?: Error | boolean) => {
      if (released) return;
      released = true;
      client.removeListener("error", onLost);
      client.removeListener("end", onLost);
      release(error);
    };
    client.once("error", onLost);
    client.once("end", onLost);
    return client;
  };

  pool.connect = ((callback?: (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void) => {
    if (!callback) return (connect() as Promise<pg.PoolClient>).then(guard);
    connect((error, client, done) => {
      if (client) guard(client);
      // pool.query hands its own `done`; it must release the guarded way too.
      callback(error, client, client ? (value?: unknown) => client.release(value as Error | undefined) : done);
    });
  }) as typeof pool.connect;
  return pool;
}
