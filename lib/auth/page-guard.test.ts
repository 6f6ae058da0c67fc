import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./page-guard";
import { signInErrorMessage } from "./sign-in-errors";
import { INVALID_CREDENTIALS } from "./authenticate";

describe("callbackUrl after sign-in (security review, item 12)", () => {
  it.each(["/%09/evil.example", "/\t/evil.example", "//evil.example", "/\\evil.example", "/\\\\evil.example", "https://evil.example/", "javascript:alert(1)", "/\n/evil.example"])(
    "never leaves the app for %j",
    (value) => {
      const path = safeCallbackPath(decodeURIComponent(encodeURIComponent(value)));
      expect(new URL(path, "https://factmark.example").origin).toBe("https://factmark.example");
    },
  );

  it("keeps a path of the app with its query and fragment", () => {
    expect(safeCallbackPath("/articles/abc?annotation=x#top")).toBe("/articles/abc?annotation=x#top");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});

describe("the sign-in page's error text (security review, item 17)", () => {
  it("shows only messages the app sends, never text from the link", () => {
    expect(signInErrorMessage("Your account is locked. Call +1 555 0100 to unlock it.")).toBe("We could not sign you in. Please try again.");
    expect(signInErrorMessage(INVALID_CREDENTIALS)).toBe(INVALID_CREDENTIALS);
    expect(signInErrorMessage("Too many failed sign-in attempts. Please wait 2 minutes and try again.")).toMatch(/^Too many/);
    expect(signInErrorMessage("CredentialsSignin")).toBeUndefined();
  });
});
