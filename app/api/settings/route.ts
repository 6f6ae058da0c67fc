import { apiRoute } from "@/lib/http/api-route";
import { getSettings, settingsSchema, updateSettings, type Settings } from "@/lib/settings/settings";

export const GET = apiRoute({}, () => getSettings());

export const PATCH = apiRoute<Record<string, never>, Partial<Settings>>({ permission: "settings.change", body: settingsSchema.partial() }, ({ user, body }) =>
  updateSettings(user, body),
);
