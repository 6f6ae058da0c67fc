import { INVALID_CREDENTIALS } from "./authenticate";

const THROTTLED = /^Too many failed sign-in attempts\. Please wait \d+ (second|minute)s? and try again\.$/;
const GENERIC = "We could not sign you in. Please try again.";

/**
 * The message the sign-in page shows for its `error` parameter. Anyone can write a link with any
 * text there ("your account is locked, call…"), so only messages this app itself sends are shown;
 * anything else reads as the generic failure.
 */
export function signInErrorMessage(error: string | string[] | undefined): string | undefined {
  const value = Array.isArray(error) ? error[0] : error;
  if (!value || value === "CredentialsSignin") return undefined;
  if (value === "SessionRequired") return "Sign in to continue.";
  if (value === "PasswordChanged") return "Your password was changed. Sign in with the new one.";
  if (value === INVALID_CREDENTIALS || THROTTLED.test(value)) return value;
  return GENERIC;
}
