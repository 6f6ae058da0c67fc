/** What a new password must be, checked by the schemas and again by the hasher (lib/auth/password.ts). */
export const MIN_PASSWORD_LENGTH = 10;

/** bcrypt reads a password's first 72 bytes and ignores the rest, so a longer one is refused. */
export const MAX_PASSWORD_BYTES = 72;

export const passwordBytes = (password: string) => Buffer.byteLength(password, "utf8");

export function passwordTooLongMessage(password: string): string {
  return (
    `The password is ${passwordBytes(password)} bytes long; at most ${MAX_PASSWORD_BYTES} bytes count (letters outside ` +
    "English, like é or ж, take 2 bytes each, and emoji 4). Choose a shorter one."
  );
}
