import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A fresh random secret, URL-safe (it goes into connection strings as it is). */
export const randomSecret = () => randomBytes(32).toString("base64url");

/**
 * A secret made once and kept in `file`, readable by this user only (0600), so that restarts find
 * the same one. An existing file readable by others is closed to them first.
 */
export function keptSecret(file: string): string {
  try {
    const kept = readFileSync(file, "utf8").trim();
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    if (kept) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomSecret();
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process made it first: theirs is the one.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  return secret;
}
