import { appOrigin } from "../http/app-origin";
import { getSettings, type Settings } from "../settings/settings";
import type { PublicDesk } from "./claim-reviews";

/** The desk as public pages name it, from its settings; the public address defaults to the app's own. */
export function deskFrom(settings: Settings): PublicDesk {
  return { name: settings.publicName, logoUrl: settings.logoUrl || null, baseUrl: (settings.publicBaseUrl || appOrigin()).replace(/\/+$/, "") };
}

export async function publicDesk(): Promise<PublicDesk> {
  return deskFrom(await getSettings());
}
