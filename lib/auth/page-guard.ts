import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REQUEST_PATH_HEADER } from "../http/request-path";
import { getSessionUser, type SessionUser } from "./session";

const HERE = "http://factmark.invalid";

/**
 * Only same-site paths are followed after sign-in, never another host. The path is resolved the
 * way a browser would (which drops tabs and line breaks and reads "\\" as "/", so "/\t/evil.example"
 * means "//evil.example") and kept only if it stays on this origin.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/")) return "/";
  let resolved: URL;
  try {
    resolved = new URL(path, HERE);
  } catch {
    return "/";
  }
  if (resolved.origin !== HERE) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** For pages: the signed-in user, or a redirect to /login that comes back to the page asked for. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER) ?? "/");
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
