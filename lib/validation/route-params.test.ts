import { describe, expect, it } from "vitest";
import { idParams } from "./route-params";

describe("an id in a URL path", () => {
  it("is a cuid or a UUID; text that cannot name a row (a NUL, a slash, nothing, too long) is refused before any query", () => {
    for (const id of ["cmxdu6osx0004nz7dcms22498", "9b220752-7247-432b-98c4-8cf40821ad56"]) expect(idParams.safeParse({ id }).success).toBe(true);
    for (const id of ["\u0000", "a\u0000b", "a/b", "", "x".repeat(101), "\uD83D"]) expect(idParams.safeParse({ id }).success, JSON.stringify(id)).toBe(false);
  });
});
