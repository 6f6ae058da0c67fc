import { environment, type Environment } from "../config/environment";

/**
 * The app's own origin, from its configuration (NEXTAUTH_URL, which `npm start` and the tests
 * always set), never from the request: a Host header is whatever the client sends, and links
 * written into exported reports must not point wherever it says.
 */
export function appOrigin(env: Pick<Environment, "NEXTAUTH_URL" | "PORT"> = environment()): string {
  const configured = env.NEXTAUTH_URL;
  if (!configured) return `http://localhost:${env.PORT}`;
  return new URL(configured).origin;
}
