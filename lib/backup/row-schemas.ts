import pg from "pg";
import { z } from "zod";
import { sanitizeNote } from "../annotations/note-html";
import { verdictSchema } from "../vocabulary/verdicts";
import { settingsSchema } from "../validation/settings-schemas";
import { kindSchema, MAX_NOTE_LENGTH, relationSchema, sourceUrlSchema } from "../validation/annotation-schemas";
import { MAX_COMMENT_LENGTH } from "../validation/comment-schemas";
import { unstorableReason } from "../validation/storable-text";
import { roleSchema, userCreateSchema } from "../validation/user-schemas";
import { emailSchema } from "../validation/auth-schemas";
import { publicChangesSchema, publicReportSchema, sourceKeysSchema } from "./publication-schemas";

/**
 * What a row of each table may hold when a backup brings it back. Every column gets a schema from
 * its type in the database (so a row cannot smuggle a wrong type, a missing or an extra column),
 * and the columns the API limits get the API's own schemas on top: emails, roles, names, the
 * lengths of notes and comments, verdicts, source addresses, settings. What the app sanitizes
 * before storing (note HTML) is sanitized again; a publication's page is not taken from the file
 * at all but rendered again from its snapshot (lib/backup/render-restored-pages.ts).
 */
export type RowSchemas = Map<string, { columns: string[]; schema: z.ZodType<Record<string, unknown>> }>;

const columnRow = z.object({ table: z.string(), name: z.string(), dataType: z.string(), udtName: z.string(), nullable: z.boolean() });
const labelRow = z.object({ type: z.string(), label: z.string() });

type Column = z.infer<typeof columnRow>;

const storable = z.string().superRefine((value, context) => {
  const reason = unstorableReason(value);
  if (reason) context.addIssue({ code: "custom", message: reason });
});
// PostgreSQL's JSON of a timestamp(3): 2026-12-06T20:38:07.123, with an offset for timestamptz.
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)?$/, "must be a date and time");
const INT_MAX = 2 ** 31 - 1;
// bcrypt, as lib/auth/password.ts stores it: never a password in clear.
// "!" is the scheduled re-checks' own account (lib/sources/scheduled-check-user.ts): no password
// matches it, so nobody can sign in as it, and a backup of a desk that ran a re-check restores.
const passwordHash = z.union([z.string().regex(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/, "must be a bcrypt password hash"), z.literal("!")]);

/** The API's schemas for the columns it limits, by table. */
const API_COLUMNS: Record<string, Record<string, z.ZodType>> = {
  User: { email: emailSchema, name: userCreateSchema.shape.name, role: roleSchema, passwordHash },
  Annotation: { kind: kindSchema, note: z.string().max(MAX_NOTE_LENGTH).transform(sanitizeNote), verdict: verdictSchema.nullable() },
  Suggestion: { kind: kindSchema },
  Comment: { body: storable.max(MAX_COMMENT_LENGTH) },
  Source: { relation: relationSchema, url: sourceUrlSchema.nullable() },
  Publication: { snapshot: publicReportSchema, changes: publicChangesSchema, sourceKeys: sourceKeysSchema },
};

function columnSchema(column: Column, enums: Map<string, string[]>): z.ZodType {
  let schema: z.ZodType;
  switch (column.dataType) {
    case "text":
    case "character varying":
      schema = storable;
      break;
    case "integer":
      schema = z.number().int().min(-INT_MAX - 1).max(INT_MAX);
      break;
    case "bigint":
      schema = z.number().int();
      break;
    case "double precision":
      schema = z.number();
      break;
    case "boolean":
      schema = z.boolean();
      break;
    case "timestamp without time zone":
    case "timestamp with time zone":
      schema = timestamp;
      break;
    case "jsonb":
    case "json":
      schema = z.json();
      break;
    case "ARRAY":
      schema = z.array(storable);
      break;
    // A full-text search vector as PostgreSQL writes it ('word':1A): its own input reads it back.
    case "tsvector":
      schema = storable;
      break;
    case "USER-DEFINED": {
      const values = enums.get(column.udtName);
      if (!values) throw new Error(`No values known for the type ${column.udtName}.`);
      schema = z.enum(values as [string, ...string[]]);
      break;
    }
    default:
      throw new Error(`A backup cannot check a column of type ${column.dataType} (${column.table}.${column.name}).`);
  }
  return column.nullable ? schema.nullable() : schema;
}

/** Each table's row schema, built from the target database's own columns. */
export async function rowSchemas(client: pg.Client): Promise<RowSchemas> {
  const { rows: columnRows } = await client.query(
    `SELECT table_name AS table, column_name AS name, data_type AS "dataType", udt_name AS "udtName", is_nullable = 'YES' AS nullable
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
  );
  const { rows: labelRows } = await client.query(
    `SELECT t.typname AS type, e.enumlabel AS label FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
  );
  const columns = columnRows.map((row) => columnRow.parse(row));
  const labels = labelRows.map((row) => labelRow.parse(row));
  const enums = new Map<string, string[]>();
  for (const { type, label } of labels) enums.set(type, [...(enums.get(type) ?? []), label]);

  const byTable = new Map<string, Column[]>();
  for (const column of columns) byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
  const schemas: RowSchemas = new Map();
  for (const [table, tableColumns] of byTable) {
    const api = API_COLUMNS[table] ?? {};
    const shape = Object.fromEntries(tableColumns.map((column) => [column.name, api[column.name] ?? columnSchema(column, enums)]));
    let schema = z.object(shape).strict() as z.ZodType<Record<string, unknown>>;
    if (table === "Setting") schema = schema.superRefine((row, context) => settingValue(row, context));
    schemas.set(table, { columns: tableColumns.map((column) => column.name), schema });
  }
  return schemas;
}

/** A setting is one of the settings the desk has, with a value its form would accept. */
function settingValue(row: Record<string, unknown>, context: z.RefinementCtx): void {
  const key = String(row.key);
  const shape = settingsSchema.shape as Record<string, z.ZodType>;
  if (!(key in shape)) {
    context.addIssue({ code: "custom", path: ["key"], message: `${key} is not a setting Factmark has.` });
    return;
  }
  const parsed = shape[key].safeParse(row.value);
  if (!parsed.success) for (const issue of parsed.error.issues) context.addIssue({ code: "custom", path: ["value"], message: `${key}: ${issue.message}` });
}
