import bcrypt from "bcryptjs";

// Cost 11 takes about 150 ms here: slow for a guesser, quick enough for a person signing in.
const COST = Number(process.env.BCRYPT_COST ?? 11);

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("factmark-timing-equaliser", COST);

export function burnPasswordCheck(password: string): Promise<boolean> {
  return bcrypt.compare(password, DUMMY_HASH);
}
