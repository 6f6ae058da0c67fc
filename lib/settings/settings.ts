import { assertCan } from "../policy/policy";
import type { SessionUser } from "../auth/session";
import { runChange } from "../changes/run-change";
import { db, type Tx } from "../db/client";
import { settingsSchema, type Settings } from "../validation/settings-schemas";

export type { Settings };

const DEFAULTS: Settings = { allowSelfApproval: false, publicName: "Factmark fact-check desk", logoUrl: "", publicBaseUrl: "" };

/** The settings the stored rows make, defaults filling the rest (also what a restore renders pages with). */
export function settingsFrom(rows: { key: string; value: unknown }[]): Settings {
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULTS, ...settingsSchema.partial().parse(stored) };
}

export async function getSettings(client: Tx | typeof db = db): Promise<Settings> {
  return settingsFrom(await client.setting.findMany());
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
