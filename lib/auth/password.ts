import "server-only";
import { hash, hashSync, verify } from "@node-rs/bcrypt";

// Cost 11 takes about 150 ms here: slow for a guesser, quick enough for a person signing in.
const COST = Number(process.env.BCRYPT_COST ?? 11);

export const MIN_PASSWORD_LENGTH = 10;

// A native bcrypt that hashes on libuv's thread pool: a sign-in never holds up the event loop
// that serves everyone else's requests (bcryptjs computed on it).
export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return verify(password, passwordHash).catch(() => false);
}

// Compared against when the email is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = hashSync("factmark-timing-equaliser", COST);

export function burnPasswordCheck(password: string): Promise<boolean> {
  return verify(password, DUMMY_HASH);
}
