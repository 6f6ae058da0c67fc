import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { db } from "../db/client";
import { ForbiddenError } from "../errors/domain-error";
import { BAD_CURSOR } from "../paging/keyset";
import { userListQuerySchema } from "../validation/user-schemas";
import { listUsers } from "./list-users";

afterAll(() => db.$disconnect());

describe("the accounts, a page at a time", () => {
  it("lists active people by email, then disabled ones, each once across pages, with the total", async () => {
    const admin = await createUser("ADMIN");
    await createUser("ANNOTATOR", { disabled: true });
    await createUser("EDITOR", { disabled: true });
    await createUser("ANNOTATOR");
    const seen: { email: string; disabled: boolean }[] = [];
    let total = 0;
    for (let cursor: string | undefined; ; ) {
      const page = await listUsers(admin, userListQuerySchema.parse({ limit: "2", cursor }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map(({ email, disabled }) => ({ email, disabled })));
      total = page.total;
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen).toHaveLength(total);
    expect(total).toBe(await db.user.count());
    // The database's own order (its collation decides between emails), read in one go.
    const inOrder = await db.user.findMany({ orderBy: [{ disabled: "asc" }, { email: "asc" }], select: { email: true, disabled: true } });
    expect(seen).toEqual(inOrder);
    expect(seen.some((user) => user.disabled)).toBe(true);
  });

  it("is for admins only, and refuses a cursor it did not give out", async () => {
    await expect(listUsers(await createUser("EDITOR"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(userListQuerySchema.safeParse({ cursor: "WzEsMl0" }).error?.issues[0].message).toBe(BAD_CURSOR);
  });
});
