import { expect, test } from "@playwright/test";
import { DEMO, ROLES, roleState, signInApi } from "./helpers";

/**
 * Signs each demo role in once for the whole run, through next-auth's own endpoints, and keeps the
 * session where specs find it (helpers.ts: openAs, pageAs, apiAs). playwright.config.ts runs this
 * before every spec, also when only some specs are asked for.
 */
for (const role of ROLES) {
  test(`the demo ${role} signs in for the run`, async ({ playwright }) => {
    const api = await playwright.request.newContext();
    const response = await signInApi(api, DEMO[role]);
    expect(response.ok(), await response.text()).toBe(true);
    const session = await (await api.get("/api/auth/session")).json();
    expect(session.user.email).toBe(DEMO[role]);
    await api.storageState({ path: roleState(role) });
    await api.dispose();
  });
}
