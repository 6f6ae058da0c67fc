/**
 * The app's own origin, from its configuration (NEXTAUTH_URL, which `npm start` and the tests
 * always set), never from the request: a Host header is whatever the client sends, and links
 * written into exported reports must not point wherever it says.
 */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.NEXTAUTH_URL;
  if (!configured) return `http://localhost:${env.PORT ?? 3000}`;
  return new URL(configured).origin;
}
