import { apiRoute } from "@/lib/http/api-route";
import { getSettings, settingsSchema, updateSettings } from "@/lib/settings/settings";

export const GET = apiRoute({}, () => getSettings());

export const PATCH = apiRoute({ permission: "settings.change", body: settingsSchema.partial() }, ({ user, body }) =>
  updateSettings(user, body),
);
