/**
 * What a password must be, for the forms and the schemas as much as for the hasher
 * (lib/auth/password.ts): nothing here reaches the server's bcrypt, so the browser can use it.
 */
export const MIN_PASSWORD_LENGTH = 10;

/** bcrypt reads a password's first 72 bytes and ignores the rest, so a longer one is refused. */
export const MAX_PASSWORD_BYTES = 72;

export const passwordBytes = (password: string) => new TextEncoder().encode(password).byteLength;

export function passwordTooLongMessage(password: string): string {
  return (
    `The password is ${passwordBytes(password)} bytes long; at most ${MAX_PASSWORD_BYTES} bytes count (letters outside ` +
    "English, like é or ж, take 2 bytes each, and emoji 4). Choose a shorter one."
  );
}
