/**
 * Does the database the migrations build match `prisma/schema.prisma`? Prisma's own check
 * (`migrate diff --from-migrations` or `--from-url`) is not available with the WebAssembly engine,
 * so this builds a second database straight from the schema (`migrate diff --from-empty --script`)
 * and compares the two catalogues: tables, columns, types, defaults, constraints, indexes, enums.
 * It also checks that the snapshot `npm run db:migration` diffs from is the schema as migrated.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createThrowawayDatabase } from "./throwaway-database";
import { bin, root } from "./run";

const CATALOGUE = `
  SELECT json_build_object(
    'columns', (SELECT json_agg(format('%s.%s %s null=%s default=%s', table_name, column_name, udt_name, is_nullable, column_default)
                                ORDER BY table_name, column_name)
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'),
    'constraints', (SELECT json_agg(format('%s %s', conrelid::regclass, pg_get_constraintdef(oid)) ORDER BY 1)
                    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
                      AND conrelid::regclass::text <> '_prisma_migrations'),
    'indexes', (SELECT json_agg(indexdef ORDER BY indexdef) FROM pg_indexes
                WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'),
    'enums', (SELECT json_agg(format('%s: %s', t.typname, (SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)) ORDER BY t.typname)
              FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = 'public'::regnamespace)
  )::text AS catalogue`;

async function catalogue(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ catalogue: string }>(CATALOGUE);
    return JSON.parse(rows[0].catalogue);
  } finally {
    await client.end();
  }
}

function prismaDiff(args: string[], databaseUrl: string): { code: number; out: string } {
  try {
    const out = execFileSync(bin("prisma"), ["migrate", "diff", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    }).toString();
    return { code: 0, out };
  } catch (error) {
    const failed = error as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { code: failed.status ?? 1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** Throws, saying what differs, when the migrated database at `migratedUrl` is not what the schema describes. */
export async function checkSchemaDrift(migratedUrl: string): Promise<void> {
  const schema = path.join(root, "prisma", "schema.prisma");
  const snapshot = path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
  const pending = prismaDiff(["--from-schema-datamodel", snapshot, "--to-schema-datamodel", schema, "--exit-code"], migratedUrl);
  if (pending.code !== 0) {
    throw new Error(`prisma/schema.prisma has changes no migration holds yet: run \`npm run db:migration -- <name>\`.\n${pending.out}`);
  }

  // On the same server, embedded or not: a database beside the migrated one.
  const expected = await createThrowawayDatabase(migratedUrl);
  try {
    const sql = prismaDiff(["--from-empty", "--to-schema-datamodel", schema, "--script"], expected.url);
    if (sql.code !== 0) throw new Error(`prisma migrate diff failed:\n${sql.out}`);
    const client = new pg.Client({ connectionString: expected.url });
    await client.connect();
    try {
      await client.query(sql.out);
    } finally {
      await client.end();
    }
    const [built, wanted] = await Promise.all([catalogue(migratedUrl), catalogue(expected.url)]);
    const differences: string[] = [];
    for (const part of Object.keys(wanted)) {
      const have = new Set(built[part] ?? []);
      const want = new Set(wanted[part] ?? []);
      for (const item of want) if (!have.has(item)) differences.push(`  missing from the migrations' database: ${item}`);
      for (const item of have) if (!want.has(item)) differences.push(`  not in schema.prisma: ${item}`);
    }
    if (differences.length) {
      throw new Error(`The migrations and prisma/schema.prisma disagree:\n${differences.join("\n")}`);
    }
  } finally {
    await expected.dispose();
  }
}
