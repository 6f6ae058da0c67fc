import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

/** Only same-site paths are followed after sign-in, never another host. */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}

/** For pages: the signed-in user, or a redirect to /login that comes back to `currentPath`. */
export async function requirePageUser(currentPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(currentPath)}`);
  return user;
}
