import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { db } from "../db/client";
import { BAD_CURSOR } from "../paging/keyset";
import { publicationsQuerySchema } from "../validation/report-schemas";
import { listPublications } from "./publish";

afterAll(() => db.$disconnect());

describe("a report's publications, a page at a time", () => {
  it("come newest first, each once across pages, and only the report's own", async () => {
    const editor = await createUser("EDITOR");
    const [subject, other] = [{ type: "story" as const, id: randomUUID() }, { type: "story" as const, id: randomUUID() }];
    const slug = `list-${randomUUID().slice(0, 8)}`;
    const row = (subjectId: string, slugOf: string, number: number) => ({
      slug: slugOf, subjectType: "story", subjectId, number, snapshot: {}, html: "<p>Published</p>", etag: `"${number}"`, csp: "default-src 'none'", publishedById: editor.id,
    });
    await db.publication.createMany({ data: [1, 2, 3].map((n) => row(subject.id, slug, n)) });
    await db.publication.create({ data: row(other.id, `${slug}-other`, 1) });
    const numbers: number[][] = [];
    for (let cursor: string | undefined; ; ) {
      const page = await listPublications(editor, subject, publicationsQuerySchema.parse({ limit: "2", cursor }));
      numbers.push(page.items.map((p) => p.number));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(numbers).toEqual([[3, 2], [1]]);
    expect(publicationsQuerySchema.safeParse({ cursor: "bm9wZQ" }).error?.issues[0].message).toBe(BAD_CURSOR);
  });
});
