import { afterAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD, uniqueAddress } from "@/tests/factories";
import { authenticate } from "../auth/authenticate";
import { db } from "../db/client";
import { ForbiddenError, ValidationError } from "../errors/domain-error";
import { changeOwnPassword, resetPassword } from "./change-password";
import { createUser as createAccount } from "./create-user";
import { passwordResetSchema } from "../validation/user-schemas";

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

  // bcrypt reads only the first 72 bytes of a password: anything after them was silently ignored (issue #27).
  it("refuses a new password longer than bcrypt's 72 bytes, counted in UTF-8 (40 'é' are 40 characters, 80 bytes)", async () => {
    const admin = await createUser("ADMIN");
    const target = await createUser("ANNOTATOR");
    const longOne = "é".repeat(40);
    await expect(resetPassword(admin, target.id, { newPassword: longOne })).rejects.toThrow(/72 bytes/);
    await expect(changeOwnPassword(target, { currentPassword: TEST_PASSWORD, newPassword: longOne })).rejects.toThrow(/72 bytes/);
    await expect(createAccount(admin, { email: `long-${target.email}`, name: "Long Password", role: "ANNOTATOR", password: longOne })).rejects.toThrow(/72 bytes/);
    expect(await signsIn(target.email, TEST_PASSWORD)).toBe(true);
    // The routes' schema says so before anything is hashed (a 400 with this message).
    const parsed = passwordResetSchema.safeParse({ newPassword: longOne });
    expect(parsed.success ? "accepted" : parsed.error.issues[0].message).toMatch(/80 bytes long; at most 72 bytes count/);
    // 36 of them are exactly 72 bytes, and fine.
    await resetPassword(admin, target.id, { newPassword: "é".repeat(36) });
    expect(await signsIn(target.email, "é".repeat(36))).toBe(true);
  });

  it("a sign-in with a password past 72 bytes fails like a wrong one, even when its first 72 bytes are right", async () => {
    const admin = await createUser("ADMIN");
    const target = await createUser("ANNOTATOR");
    const exact = "a".repeat(72);
    await resetPassword(admin, target.id, { newPassword: exact });
    expect(await signsIn(target.email, exact)).toBe(true);
    expect(await signsIn(target.email, `${exact} and more`)).toBe(false);
  });
});
