import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REQUEST_PATH_HEADER } from "../request/request-path";
import { safeCallbackPath } from "./callback-path";
import { getSessionUser, type SessionUser } from "./session";

/** For pages: the signed-in user, or a redirect to /login that comes back to the page asked for. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER) ?? "/");
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
