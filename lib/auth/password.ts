import "server-only";
import { hash, hashSync, verify } from "@node-rs/bcrypt";
import { ValidationError } from "../errors/domain-error";
import { environment } from "../config/environment";
import { MAX_PASSWORD_BYTES, passwordBytes, passwordTooLongMessage } from "../validation/password-rules";

// Cost 11 takes about 150 ms here: slow for a guesser, quick enough for a person signing in.
// Read when first needed, so a bad BCRYPT_COST is reported by the start's settings check.
const cost = () => environment().BCRYPT_COST;

// A native bcrypt that hashes on libuv's thread pool: a sign-in never holds up the event loop
// that serves everyone else's requests (bcryptjs computed on it).
export function hashPassword(password: string): Promise<string> {
  // Every place a password is set comes through here: nothing past the 72nd byte is dropped silently.
  if (passwordBytes(password) > MAX_PASSWORD_BYTES) return Promise.reject(new ValidationError(passwordTooLongMessage(password)));
  return hash(password, cost());
}

/** A password past 72 bytes was never set (hashPassword refuses it), so it fails like a wrong one, in as long. */
export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  if (passwordBytes(password) > MAX_PASSWORD_BYTES) {
    await burnPasswordCheck(password);
    return false;
  }
  return verify(password, passwordHash).catch(() => false);
}

// Compared against when the email is unknown, so a miss costs as long as a wrong password.
let dummyHash: string | undefined;

export function burnPasswordCheck(password: string): Promise<boolean> {
  dummyHash ??= hashSync("factmark-timing-equaliser", cost());
  return verify(password, dummyHash).catch(() => false);
}
