import { afterAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD, uniqueAddress } from "@/tests/factories";
import { authenticate } from "../auth/authenticate";
import { db } from "../db/client";
import { ForbiddenError, ValidationError } from "../errors/domain-error";
import { changeOwnPassword, resetPassword } from "./change-password";

afterAll(() => db.$disconnect());

const row = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
const signsIn = async (email: string, password: string) => (await authenticate({ email, password, ip: uniqueAddress() })).ok;

describe("password changes (security review, item 6)", () => {
  it("a person changes their own password with the current one; old sessions end; the audit record holds no secret", async () => {
    const user = await createUser("ANNOTATOR");
    const before = (await row(user.id)).sessionVersion;
    await expect(changeOwnPassword(user, { currentPassword: "a wrong guess", newPassword: "a brand new passphrase" })).rejects.toThrow(/current password is not right/);
    expect(await signsIn(user.email, TEST_PASSWORD)).toBe(true);

    await changeOwnPassword(user, { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" });
    expect(await signsIn(user.email, TEST_PASSWORD)).toBe(false);
    expect(await signsIn(user.email, "a brand new passphrase")).toBe(true);
    expect((await row(user.id)).sessionVersion).toBe(before + 1);
    const record = await db.activity.findFirstOrThrow({ where: { entityId: user.id, action: "user.password_changed" } });
    expect(JSON.stringify(record)).not.toContain("passphrase");
  });

  it("an admin resets someone's password; nobody else can", async () => {
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR");
    const target = await createUser("ANNOTATOR");
    await expect(resetPassword(editor, target.id, { newPassword: "set by an editor" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetPassword(admin, admin.id, { newPassword: "my own new one" })).rejects.toBeInstanceOf(ValidationError);
    expect(await signsIn(target.email, TEST_PASSWORD)).toBe(true);
    await resetPassword(admin, target.id, { newPassword: "reset by the admin" });
    expect(await signsIn(target.email, "reset by the admin")).toBe(true);
    expect(await db.activity.count({ where: { entityId: target.id, action: "user.password_reset", actorId: admin.id } })).toBe(1);
  });
});
