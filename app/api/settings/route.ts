import { apiRoute } from "@/lib/http/api-route";
import { getSettings, updateSettings } from "@/lib/settings/settings";
import { settingsSchema } from "@/lib/validation/settings-schemas";

export const GET = apiRoute({}, () => getSettings());

export const PATCH = apiRoute({ permission: "settings.change", body: settingsSchema.partial() }, ({ user, body }) =>
  updateSettings(user, body),
);
