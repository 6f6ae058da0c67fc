import { afterAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD, uniqueAddress } from "@/tests/factories";
import { db } from "../db/client";
import { authenticate, INVALID_CREDENTIALS } from "./authenticate";
import { THROTTLE } from "./throttle";

afterAll(() => db.$disconnect());

describe("authenticate", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const user = await createUser("EDITOR");
    const result = await authenticate({ email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD, ip: uniqueAddress() });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "EDITOR" } });
  });

  it("refuses a wrong password with the same message as an unknown email, and records both", async () => {
    const user = await createUser();
    const ip = uniqueAddress();
    const wrong = await authenticate({ email: user.email, password: "not the password", ip });
    const unknown = await authenticate({ email: "nobody@test.example", password: TEST_PASSWORD, ip });
    expect(wrong).toEqual({ ok: false, reason: "invalid", message: INVALID_CREDENTIALS });
    expect(unknown).toEqual(wrong);
    expect(await db.loginAttempt.count({ where: { ip, success: false } })).toBe(2);
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await createUser("ANNOTATOR", { disabled: true });
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid", message: INVALID_CREDENTIALS });
  });

  it("pauses an account after repeated failures, even for the right password, from any address", async () => {
    const user = await createUser();
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      const miss = await authenticate({ email: user.email, password: `guess ${i}`, ip: uniqueAddress() });
      expect(miss.ok).toBe(false);
    }
    const blocked = await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress() });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (blocked.ok || blocked.reason !== "throttled") throw new Error("expected a throttled result");
    expect(blocked.message).toMatch(/Too many failed sign-in attempts\. Please wait 15 minutes/);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Another account is not affected.
    const other = await createUser();
    expect((await authenticate({ email: other.email, password: TEST_PASSWORD, ip: uniqueAddress() })).ok).toBe(true);
  });

  it("pauses an address that fails across many accounts", async () => {
    const ip = uniqueAddress();
    await db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.perAddress }, (_, i) => ({ email: `spray-${i}@test.example`, ip, success: false })),
    });
    const user = await createUser();
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD, ip });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("forgets failures older than the window", async () => {
    const user = await createUser();
    const old = new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.perAccount }, () => ({ email: user.email, ip: uniqueAddress(), success: false, createdAt: old })),
    });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress() })).ok).toBe(true);
  });
});
