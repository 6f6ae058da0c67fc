const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may change state. Browsers send Origin (and Sec-Fetch-Site) on every
 * cross-site POST, PATCH and DELETE, so a mismatch there is a forged request. A request with
 * neither header does not come from a browser page (curl, scripts) and carries no ambient
 * cookies of a victim, so it is allowed and still needs its own session.
 */
export function isSameOriginRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
