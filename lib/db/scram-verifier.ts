import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

/**
 * A password as PostgreSQL stores it for SCRAM-SHA-256 (RFC 5802 and 7677), computed here so that
 * `ALTER ROLE … PASSWORD '<verifier>'` is all the server (and any statement log) ever sees: it can
 * check a login with it but not recover the password.
 *
 * PostgreSQL runs a password through SASLprep first; for printable ASCII that changes nothing, so
 * only such passwords are taken (every password Factmark makes is base64url).
 */
export function scramSha256Verifier(password: string, options: { salt?: Buffer; iterations?: number } = {}): string {
  if (!/^[\x21-\x7e]+$/.test(password)) throw new Error("A database password must be printable ASCII without spaces.");
  const salt = options.salt ?? randomBytes(16);
  const iterations = options.iterations ?? 4096;
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}
