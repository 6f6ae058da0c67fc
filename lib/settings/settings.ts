import { assertCan } from "../policy/policy";
import { z } from "zod";
import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { recordActivity } from "../activity/record-activity";

export const settingsSchema = z
  .object({
    /** Four-eyes review: off only when a desk is too small for a second editor. */
    allowSelfApproval: z.boolean({ error: "Allow self-approval must be true or false." }),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

const DEFAULTS: Settings = { allowSelfApproval: false };

export async function getSettings(client: Tx | typeof db = db): Promise<Settings> {
  const rows = await client.setting.findMany();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULTS, ...settingsSchema.partial().parse(stored) };
}

export async function updateSettings(actor: SessionUser, input: Partial<Settings>): Promise<Settings> {
  assertCan(actor, "settings.change");
  return db.$transaction(async (tx) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      await tx.setting.upsert({ where: { key }, update: { value }, create: { key, value } });
    }
    const after = await getSettings(tx);
    await recordActivity(tx, { actorId: actor.id, action: "settings.updated", entityId: "desk", before, after });
    return after;
  });
}
