import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { z } from "zod";
import { getPool, type Tx } from "../db/client";
import { settingsSchema, type Settings } from "../validation/settings-schemas";

export type { Settings };

const DEFAULTS: Settings = { allowSelfApproval: false, publicName: "Factmark fact-check desk", logoUrl: "", publicBaseUrl: "" };

/** The settings the stored rows make, defaults filling the rest (also what a restore renders pages with). */
export function settingsFrom(rows: { key: string; value: unknown }[]): Settings {
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULTS, ...settingsSchema.partial().parse(stored) };
}

const settingRows = z.array(z.object({ key: z.string(), value: z.unknown() }));

/**
 * The desk's settings, read inside `tx` when given. Outside a change (the article page, the public
 * pages) a plain query through the pool: Prisma's own work per query is most of this one's cost.
 */
export async function getSettings(tx?: Tx): Promise<Settings> {
  if (tx) return settingsFrom(await tx.setting.findMany());
  const { rows } = await getPool().query(`SELECT key, value FROM "Setting"`);
  return settingsFrom(settingRows.parse(rows));
}

export async function updateSettings(actor: SessionUser, input: Partial<Settings>): Promise<Settings> {
  assertCan(actor, "settings.change");
  return runChange(actor, { desk: true }, async ({ tx, record }) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      await tx.setting.upsert({ where: { key }, update: { value }, create: { key, value } });
    }
    const after = await getSettings(tx);
    await record({ action: "settings.updated", entityId: "desk", before, after });
    return after;
  });
}
