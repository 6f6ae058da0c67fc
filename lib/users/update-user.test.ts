import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { db } from "../db/client";
import { ForbiddenError, ValidationError } from "../errors/domain-error";
import { createUser as createAccount } from "./create-user";
import { revokeSessions } from "./revoke-sessions";
import { updateUser } from "./update-user";

afterAll(() => db.$disconnect());

const row = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("updateUser", () => {
  it("lets an admin change a role and records who did it", async () => {
    const admin = await createUser("ADMIN");
    const target = await createUser("ANNOTATOR");
    const updated = await updateUser(admin, target.id, { role: "EDITOR" });
    expect(updated.role).toBe("EDITOR");
    expect((await row(target.id)).role).toBe("EDITOR");
    const activity = await db.activity.findFirstOrThrow({ where: { entityId: target.id, action: "user.updated" } });
    expect(activity).toMatchObject({ actorId: admin.id, before: { role: "ANNOTATOR" }, after: { role: "EDITOR" } });
  });

  it.each(["ANNOTATOR", "EDITOR"] as const)("refuses a %s changing a role, and nothing changes", async (role) => {
    const actor = await createUser(role);
    const target = await createUser("ANNOTATOR");
    await expect(updateUser(actor, target.id, { role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(target.id)).role).toBe("ANNOTATOR");
    expect(await db.activity.count({ where: { entityId: target.id } })).toBe(0);
  });

  it("disabling revokes the user's sessions", async () => {
    const admin = await createUser("ADMIN");
    const target = await createUser("EDITOR");
    const before = (await row(target.id)).sessionVersion;
    await updateUser(admin, target.id, { disabled: true });
    const after = await row(target.id);
    expect(after.disabled).toBe(true);
    expect(after.sessionVersion).toBe(before + 1);
  });

  it("never removes the last active admin, by demotion or by disabling", async () => {
    // Disable every other admin so that `last` is the only one.
    const last = await createUser("ADMIN");
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: last.id } }, data: { disabled: true } });
    const helper = await createUser("ADMIN");
    await updateUser(last, helper.id, { disabled: true });

    await expect(updateUser(last, last.id, { role: "EDITOR" })).rejects.toThrow(/last active admin/);
    expect((await row(last.id)).role).toBe("ADMIN");

    // With a second admin, the first may step down.
    await updateUser(last, helper.id, { disabled: false });
    await updateUser(last, last.id, { role: "EDITOR" });
    expect((await row(last.id)).role).toBe("EDITOR");
    const helperAsActor = { ...helper, role: "ADMIN" as const };
    await expect(updateUser(helperAsActor, helper.id, { role: "ANNOTATOR" })).rejects.toThrow(/last active admin/);
    await expect(updateUser(helperAsActor, helper.id, { disabled: true })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses an admin disabling themselves", async () => {
    const admin = await createUser("ADMIN");
    await expect(updateUser(admin, admin.id, { disabled: true })).rejects.toThrow(/your own account/);
  });
});

describe("createUser and revokeSessions", () => {
  it("refuses a duplicate email, whatever its case", async () => {
    const admin = await createUser("ADMIN");
    const input = { email: `Dup-${Date.now()}@Test.example`, name: "Dup", role: "ANNOTATOR" as const, password: "long enough password" };
    await createAccount(admin, input);
    await expect(createAccount(admin, { ...input, email: input.email.toLowerCase() })).rejects.toThrow(/already exists/);
  });

  it("lets people sign themselves out everywhere, but only admins sign out others", async () => {
    const annotator = await createUser("ANNOTATOR");
    const other = await createUser("ANNOTATOR");
    await revokeSessions(annotator, annotator.id);
    expect((await row(annotator.id)).sessionVersion).toBe(1);
    await expect(revokeSessions(annotator, other.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(other.id)).sessionVersion).toBe(0);
  });
});
