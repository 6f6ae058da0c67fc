const HERE = "http://factmark.invalid";

/**
 * The one rule for where a sign-in may send the browser (the sign-in page, its form, next-auth's
 * redirect callback and the page guard all ask it): a path of this app, else "/".
 *
 * A browser resolves a path before it reads the host in it: it drops tabs and line breaks, reads
 * "\" as "/", and removes "." and ".." segments, encoded or not, so "/.//evil.example" and
 * "/%2e//evil.example" both become "//evil.example", another host (issue #27). Such characters
 * are refused rather than interpreted, the rest is resolved as a browser would, and the result
 * must start with exactly one "/".
 */
export function safeCallbackPath(value: string | string[] | undefined | null): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2_000 || !raw.startsWith("/")) return "/";
  if (/[\\\s\u0000-\u001f\u007f]/.test(raw)) return "/";
  const pathPart = raw.split(/[?#]/, 1)[0];
  if (/%2e|%5c/i.test(pathPart)) return "/";
  let resolved: URL;
  try {
    resolved = new URL(raw, HERE);
  } catch {
    return "/";
  }
  if (resolved.origin !== HERE) return "/";
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

/** For next-auth's redirect callback: an address on this origin by the same rule, else the app's home. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  if (url.startsWith("/")) return `${origin}${safeCallbackPath(url)}`;
  try {
    const absolute = new URL(url);
    if (absolute.origin !== origin) return `${origin}/`;
    return `${origin}${safeCallbackPath(`${absolute.pathname}${absolute.search}${absolute.hash}`)}`;
  } catch {
    return `${origin}/`;
  }
}
