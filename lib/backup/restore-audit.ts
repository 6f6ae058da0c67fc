import pg from "pg";
import { z } from "zod";
import { BackupError } from "./backup-format";

/** Where a restore puts the backup's audit rows before merging them: the table itself is never emptied. */
export const AUDIT_STAGING = "pg_temp.restore_activity";

export async function stageAudit(client: pg.Client): Promise<void> {
  await client.query(`CREATE TEMP TABLE restore_activity (LIKE "Activity") ON COMMIT DROP`);
}

/**
 * The audit trail is append-only, restores included: the backup's records are added to the ones
 * the database holds, and a backup that lacks any record the database holds now (or holds it
 * changed) is refused rather than erasing it. Records present on both sides, unchanged, are kept once.
 */
// `latest` is written for the person reading the refusal, so PostgreSQL formats it.
const missingRow = z.object({ missing: z.number().int(), latest: z.string().nullable() });

export async function mergeAudit(client: pg.Client): Promise<void> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS missing, to_char(max(a."createdAt"), 'YYYY-MM-DD HH24:MI') AS latest FROM "Activity" a
     WHERE NOT EXISTS (SELECT 1 FROM ${AUDIT_STAGING} r WHERE r.id = a.id AND to_jsonb(r) = to_jsonb(a))`,
  );
  const { missing, latest } = missingRow.parse(rows[0]);
  if (missing > 0) {
    throw new BackupError(
      `This database's audit trail holds ${missing} record${missing === 1 ? "" : "s"} the backup does not (the latest from ${latest} UTC), and the audit trail is never erased. ` +
        "Nothing was restored. Back this database up first (npm run db:backup), then restore into an empty database.",
    );
  }
  await client.query(`INSERT INTO "Activity" SELECT * FROM ${AUDIT_STAGING} r WHERE NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a.id = r.id)`);
}
