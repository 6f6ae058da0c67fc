import { describe, expect, it } from "vitest";
import { formatIssues } from "./format-issues";
import { annotationCreateSchema, annotationUpdateSchema, MAX_NOTE_LENGTH, sourceCreateSchema } from "./annotation-schemas";
import { suggestionAcceptAllSchema } from "./suggestion-schemas";

const message = (result: { success: boolean; error?: Parameters<typeof formatIssues>[0] }) => (result.success ? "" : formatIssues(result.error!));

describe("annotation schemas", () => {
  it("refuses an unknown kind with a readable message", () => {
    expect(message(annotationCreateSchema.safeParse({ kind: "OPINION", start: 0, end: 2, exact: "ab" }))).toMatch(/Kind must be Claim, Figure or Denial/);
  });

  it("refuses fields a create may not set, naming them", () => {
    const result = annotationCreateSchema.safeParse({ kind: "CLAIM", start: 0, end: 2, exact: "ab", authorId: "someone", status: "APPROVED" });
    expect(message(result)).toBe("These fields are not accepted here: authorId, status.");
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

  it("takes a figure's value, a range and its unit, and refuses what cannot be a figure", () => {
    const figure = (value: object) => annotationUpdateSchema.safeParse({ version: 1, figure: { value: null, valueMax: null, unit: null, ...value } });
    expect(figure({ value: 70300000, unit: " pieces of data " })).toMatchObject({ success: true, data: { figure: { value: 70300000, unit: "pieces of data" } } });
    expect(figure({ value: 3e6, valueMax: 7e6 }).success).toBe(true);
    expect(figure({ unit: "" })).toMatchObject({ success: true, data: { figure: { unit: null } } });
    expect(message(figure({ value: 7e6, valueMax: 3e6 }))).toMatch(/high end must be above it/);
    expect(message(figure({ valueMax: 3e6 }))).toMatch(/A range needs a low value/);
    expect(message(figure({ value: "seventy" }))).toMatch(/The value must be a number/);
    expect(message(figure({ unit: "x".repeat(121) }))).toMatch(/under 120 characters/);
    expect(annotationUpdateSchema.safeParse({ version: 1, figure: { value: 1 } }).success).toBe(false);
  });

  it("refuses an unknown kind for accept-all with the same message as annotations", () => {
    expect(message(suggestionAcceptAllSchema.safeParse({ kind: "OPINION" }))).toMatch(/Kind must be Claim, Figure or Denial/);
    expect(message(suggestionAcceptAllSchema.safeParse({ kind: "FIGURE", extra: 1 }))).not.toBe("");
  });
});
