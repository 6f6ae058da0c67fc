import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BAD_CURSOR, cursorDate, cursorId, cursorSchema, encodeCursor, keysetAfter, keysetOrder, limitSchema, pageOf } from "./keyset";

const storyCursor = cursorSchema(z.tuple([cursorDate, cursorId]));

describe("cursors", () => {
  it("come back as the key they were made from", () => {
    const cursor = encodeCursor(["2026-03-01T10:00:00.000Z", "story-1"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(storyCursor.parse(cursor)).toEqual([new Date("2026-03-01T10:00:00.000Z"), "story-1"]);
  });

  it("carry any text, as a title or an email may hold it, and are the same base64url Node writes", () => {
    const titled = cursorSchema(z.tuple([z.string(), cursorId]));
    for (const title of ["Élection à Saint-Étienne", "数字 ≠ figures 📈", "a/b+c?d"]) {
      const cursor = encodeCursor([title, "a-1"]);
      expect(cursor).toBe(Buffer.from(JSON.stringify([title, "a-1"]), "utf8").toString("base64url"));
      expect(titled.parse(cursor)).toEqual([title, "a-1"]);
    }
    // Not UTF-8: refused, not read as something else.
    expect(titled.safeParse(Buffer.from([0xff, 0xfe, 0x5b]).toString("base64url")).success).toBe(false);
  });

  it("refuse anything this list did not give out, with one sentence a person can act on", () => {
    const other = encodeCursor([3, "article-1"]);
    for (const bad of ["", "not base64!", "e30", other, encodeCursor(["yesterday", "x"]), encodeCursor(["2026-03-01T10:00:00.000Z"]), "x".repeat(700)]) {
      const parsed = storyCursor.safeParse(bad);
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message), bad).toEqual([BAD_CURSOR]);
    }
  });
});

describe("page sizes", () => {
  it("take a whole number between 1 and the list's maximum", () => {
    const limit = limitSchema(50);
    expect(limit.parse("20")).toBe(20);
    for (const bad of ["0", "51", "2.5", "many", "-1"]) expect(limit.safeParse(bad).error?.issues[0].message, bad).toBe("Ask for between 1 and 50 at a time.");
  });
});

describe("keysetAfter", () => {
  it("bounds the first column and breaks ties on the next, each in its own direction", () => {
    const at = new Date("2026-03-01T10:00:00.000Z");
    expect(keysetAfter([["createdAt", "desc"], ["id", "desc"]], [at, "s5"])).toEqual({
      AND: [{ createdAt: { lte: at } }, { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "s5" } }] }],
    });
    expect(keysetAfter([["position", "asc"], ["id", "asc"]], [2, "a"])).toEqual({
      AND: [{ position: { gte: 2 } }, { OR: [{ position: { gt: 2 } }, { position: 2, id: { gt: "a" } }] }],
    });
    expect(keysetOrder([["position", "asc"], ["id", "desc"]])).toEqual([{ position: "asc" }, { id: "desc" }]);
  });
});

describe("pageOf", () => {
  const rows = [1, 2, 3, 4, 5].map((n) => ({ n, id: `r${n}` }));
  it("keeps `limit` rows and points past the last one when a row more was read", () => {
    const page = pageOf(rows.slice(0, 3), 2, (row) => [row.n, row.id], (row) => row.id);
    expect(page.items).toEqual(["r1", "r2"]);
    expect(JSON.parse(Buffer.from(page.next!, "base64url").toString())).toEqual([2, "r2"]);
  });
  it("has no next page when nothing more was read", () => {
    expect(pageOf(rows.slice(0, 2), 2, (row) => [row.n, row.id]).next).toBeNull();
    expect(pageOf([], 2, (row: (typeof rows)[number]) => [row.n, row.id])).toEqual({ items: [], next: null });
  });
});
