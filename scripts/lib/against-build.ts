import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { root } from "./run";

/** Another commit of Factmark, checked out beside this tree, ready to run (and, if asked, built). */
export interface AgainstBuild {
  ref: string;
  /** The commit `ref` names, abbreviated, as the figures are labelled. */
  commit: string;
  dir: string;
  /** True when its migrations or triggers differ from this tree's: it needs a database of its own schema. */
  schemaDiffers: boolean;
  /** Removes the worktree and its temporary directory. */
  dispose(): Promise<void>;
}

/** Runs a command with its output kept (and shown only when it fails). */
export function quietly(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    child.stdout.on("data", (chunk) => output.push(String(chunk)));
    child.stderr.on("data", (chunk) => output.push(String(chunk)));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve(output.join("")) : reject(new Error(`${path.basename(command)} ${args.join(" ")} (in ${cwd}) failed (${signal ?? code}):\n${output.join("").slice(-4_000)}`)),
    );
  });
}

/** The `--against <ref>` of a benchmark's arguments, if any. */
export function againstRef(argv = process.argv.slice(2)): string | undefined {
  const at = argv.indexOf("--against");
  if (at < 0) return undefined;
  const ref = argv[at + 1];
  if (!ref || ref.startsWith("--")) throw new Error("--against needs a git ref: npm run bench:report -- --against 9e1bec7");
  return ref;
}

/**
 * Checks `ref` out in a temporary git worktree and makes it runnable: its dependencies (a
 * hard-linked copy of this tree's node_modules when the lockfiles agree, which takes seconds;
 * otherwise `npm ci`) and its Prisma client; `buildAgainst` adds its production build. Both
 * then run on the same machine in the same minute, so their figures compare. With `keep` the
 * checkout (and its build) stays in the temporary folder under its commit, and the next run with
 * `keep` reuses it: a commit's build does not change (delete the folder to build it anew).
 */
export async function prepareAgainstBuild(ref: string, options: { keep?: boolean; log?: (line: string) => void } = {}): Promise<AgainstBuild> {
  const log = options.log ?? ((line: string) => console.log(line));
  const commit = (await quietly("git", ["rev-parse", "--short", `${ref}^{commit}`], root)).trim();
  const schemaDiffers = () =>
    quietly("git", ["diff", "--quiet", commit, "HEAD", "--", "prisma/migrations", "prisma/triggers.sql"], root).then(
      () => false,
      () => true,
    );
  // Kept (`--keep-against`): one checkout and build per commit, reused by the next run.
  const parent = options.keep ? path.join(os.tmpdir(), "factmark-against-kept") : await mkdtemp(path.join(os.tmpdir(), "factmark-against-"));
  const dir = path.join(parent, commit);
  const ready = path.join(dir, ".bench-ready");
  if (options.keep && existsSync(ready)) {
    log(`Reusing the kept checkout of ${ref} (${commit}) in ${dir}`);
    return { ref, commit, dir, schemaDiffers: await schemaDiffers(), dispose: async () => {} };
  }
  let added = false;
  const dispose = async () => {
    if (added) await quietly("git", ["worktree", "remove", "--force", dir], root).catch(() => {});
    await rm(options.keep ? dir : parent, { recursive: true, force: true });
    await quietly("git", ["worktree", "prune"], root).catch(() => {});
  };
  try {
    if (options.keep) {
      await rm(dir, { recursive: true, force: true });
      await quietly("git", ["worktree", "prune"], root);
    }
    log(`Checking out ${ref} (${commit}) in ${dir}…`);
    await quietly("git", ["worktree", "add", "--detach", dir, commit], root);
    added = true;
    const lock = (tree: string) => readFileSync(path.join(tree, "package-lock.json"), "utf8");
    if (lock(dir) === lock(root) && existsSync(path.join(root, "node_modules"))) {
      log("  same lockfile: hard-linking this tree's node_modules");
      await quietly("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], root);
    } else {
      log("  its lockfile differs: npm ci (a minute or two)…");
      const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/generate-only" };
      await quietly("npm", ["ci", "--no-audit", "--no-fund"], dir, env).catch(async (error: Error) => {
        // An older commit's lockfile can be out of step with its package.json, which npm ci refuses.
        log(`  npm ci refused (${error.message.split("\n")[1] ?? "see above"}): npm install instead`);
        await quietly("npm", ["install", "--no-audit", "--no-fund"], dir, env);
      });
    }
    // The hard-linked copy carries this tree's generated client; the other schema needs its own.
    log("  prisma generate");
    await quietly(path.join(dir, "node_modules", ".bin", "prisma"), ["generate"], dir, { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/generate-only" });
    if (options.keep) writeFileSync(ready, `${new Date().toISOString()}\n`);
    return { ref, commit, dir, schemaDiffers: await schemaDiffers(), dispose: options.keep ? async () => {} : dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Builds the checked-out commit for production into its `.next-bench`, once for a kept checkout. */
export async function buildAgainst(against: AgainstBuild, env: NodeJS.ProcessEnv, log = (line: string) => console.log(line)): Promise<void> {
  const built = path.join(against.dir, ".bench-built");
  if (existsSync(built)) return log(`  ${against.commit} is already built (${built})`);
  log(`  next build of ${against.commit} (a few minutes)…`);
  await quietly(path.join(against.dir, "node_modules", ".bin", "next"), ["build"], against.dir, { ...env, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(built, `${new Date().toISOString()}\n`);
}

/** Applies `tree`'s own migrations and triggers to `databaseUrl`, with its own Prisma CLI. */
export async function migrateWith(tree: string, databaseUrl: string): Promise<void> {
  await quietly(path.join(tree, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], tree, { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" });
  const triggers = path.join(tree, "prisma", "triggers.sql");
  if (existsSync(triggers)) await withClient(databaseUrl, (client) => client.query(readFileSync(triggers, "utf8")));
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Copies every row of `fromUrl` into `toUrl`, a database of another commit's schema: the columns
 * both have, table by table, with triggers and foreign-key checks off during the copy (session
 * replication role), so table order does not matter. Like the bulk load it mirrors, it leaves
 * the tables without statistics. A column only the other schema has must be nullable or have a
 * default; otherwise the copy names it and stops.
 */
export async function copyRows(fromUrl: string, toUrl: string): Promise<void> {
  const columnsOf = (client: pg.Client) =>
    client
      .query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
      )
      .then((r) => r.rows.reduce((acc, row) => acc.set(row.table_name, [...(acc.get(row.table_name) ?? []), row.column_name]), new Map<string, string[]>()));
  await withClient(fromUrl, async (from) =>
    withClient(toUrl, async (to) => {
      const [source, target] = [await columnsOf(from), await columnsOf(to)];
      await to.query("BEGIN");
      await to.query("SET LOCAL session_replication_role = replica");
      for (const [table, columns] of target) {
        const shared = columns.filter((c) => source.get(table)?.includes(c));
        if (!shared.length) continue;
        const list = shared.map((c) => `"${c}"`).join(", ");
        const { rows } = await from.query<{ rows: unknown }>(`SELECT json_agg(t) AS rows FROM (SELECT ${list} FROM "${table}") t`);
        if (!rows[0].rows) continue;
        await to.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1)`, [JSON.stringify(rows[0].rows)]);
      }
      await to.query("COMMIT");
    }),
  );
}
