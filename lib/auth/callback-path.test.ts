import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./callback-path";
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

  // Issue #27: `new URL` drops the dot segment of "/.//evil.example", leaving "//evil.example",
  // which a browser reads as another host. Each variant here is such a path, raw or encoded.
  it.each([
    "/.//evil.example/phish",
    "/..//evil.example/phish",
    "/a/..//evil.example/phish",
    "/././/evil.example/phish",
    "/%2e//evil.example/phish",
    "/%2E%2E//evil.example/phish",
    "/.%2e//evil.example/phish",
    "/%2e/%2fevil.example/phish",
    "/.\\evil.example/phish",
    "/./\\evil.example/phish",
    "\\evil.example/phish",
    "/\t/evil.example/phish",
    "/.\t//evil.example/phish",
    "/\r\n//evil.example/phish",
    "/\u0000//evil.example/phish",
    " //evil.example/phish",
    "/ //evil.example/phish",
  ])("sends %j home, not to another host", (value) => {
    const path = safeCallbackPath(value);
    expect(path).toBe("/");
  });

  it.each(["/.//evil.example/phish", "/%2e//evil.example/phish", "/\\evil.example"])("gives back a path that stays home however often it is resolved (%j)", (value) => {
    const path = safeCallbackPath(value);
    expect(path.startsWith("//")).toBe(false);
    expect(new URL(path, new URL(path, "https://factmark.example")).origin).toBe("https://factmark.example");
  });

  it("next-auth's redirect callback follows the same rule", () => {
    const base = "https://factmark.example";
    expect(safeRedirectUrl("/articles/abc?x=1", base)).toBe("https://factmark.example/articles/abc?x=1");
    expect(safeRedirectUrl("https://factmark.example/review", base)).toBe("https://factmark.example/review");
    expect(safeRedirectUrl("/.//evil.example/phish", base)).toBe("https://factmark.example/");
    expect(safeRedirectUrl("https://factmark.example/.//evil.example/phish", base)).toBe("https://factmark.example/");
    expect(safeRedirectUrl("https://evil.example/", base)).toBe("https://factmark.example/");
    expect(safeRedirectUrl("//evil.example/", base)).toBe("https://factmark.example/");
  });

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
