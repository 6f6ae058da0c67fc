import { describe, expect, it } from "vitest";
import { formatIssues } from "./format-issues";
import { annotationCreateSchema, annotationUpdateSchema, MAX_NOTE_LENGTH, sourceCreateSchema } from "./annotation-schemas";

const message = (result: { success: boolean; error?: Parameters<typeof formatIssues>[0] }) => (result.success ? "" : formatIssues(result.error!));

describe("annotation schemas", () => {
  it("refuses an unknown kind with a readable message", () => {
    expect(message(annotationCreateSchema.safeParse({ kind: "OPINION", start: 0, end: 2, exact: "ab" }))).toMatch(/Kind must be Claim, Figure or Denial/);
  });

  it("refuses a note over the limit", () => {
    const result = annotationUpdateSchema.safeParse({ version: 1, note: "x".repeat(MAX_NOTE_LENGTH + 1) });
    expect(message(result)).toMatch(/The note is too long/);
  });

  it("requires the version on updates", () => {
    expect(message(annotationUpdateSchema.safeParse({ kind: "CLAIM" }))).toMatch(/Send the version you edited/);
  });
});

describe("sourceCreateSchema", () => {
  const base = { relation: "SUPPORTS" };
  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "not a url", "ftp://files.example/x", "http://localhost", "//evil.example/x"])(
    "refuses the URL %s",
    (url) => {
      expect(message(sourceCreateSchema.safeParse({ ...base, url }))).toMatch(/starting with http:\/\/ or https:\/\//);
    },
  );

  it("accepts http and https", () => {
    expect(sourceCreateSchema.safeParse({ ...base, url: "https://www.lemonde.fr/a?b=c" }).success).toBe(true);
    expect(sourceCreateSchema.safeParse({ ...base, url: "http://example.org" }).success).toBe(true);
  });

  it("needs exactly one of a URL or a linked annotation", () => {
    expect(message(sourceCreateSchema.safeParse(base))).toMatch(/give exactly one/);
    expect(message(sourceCreateSchema.safeParse({ ...base, url: "https://a.example", linkedAnnotationId: "x" }))).toMatch(/give exactly one/);
  });

  it("checks the relation and the accessed date", () => {
    expect(message(sourceCreateSchema.safeParse({ relation: "MAYBE", url: "https://a.example" }))).toMatch(/supports, refutes or context/);
    expect(message(sourceCreateSchema.safeParse({ ...base, url: "https://a.example", accessedAt: "2013-13-45" }))).toMatch(/not a real date/);
  });
});
