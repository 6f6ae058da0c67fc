/**
 * The Content Security Policy of every page. An inline script runs only with this response's
 * nonce (Next.js puts it on its own), so an injected script does not run; script files come from
 * this origin only, which serves nothing a user wrote as a script. Files are allowed by 'self'
 * rather than by the nonce and 'strict-dynamic' so that they can go out without the nonce
 * (lib/http/script-nonce-stripper.ts): Chromium compiled nonced files anew on every page load.
 * Styles allow inline attributes, which React and the editor write. Nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
