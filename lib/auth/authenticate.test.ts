import { afterAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD, uniqueAddress } from "@/tests/factories";
import { db } from "../db/client";
import { authenticate, INVALID_CREDENTIALS } from "./authenticate";
import { issueDeviceCookie } from "./device-cookie";
import { requiredWaitSeconds, THROTTLE } from "./throttle";

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

  it("slows down one address guessing one account with growing waits, without locking the account for anyone else", async () => {
    const user = await createUser();
    const ip = uniqueAddress();
    const [pair] = THROTTLE.limits;
    for (let i = 0; i < pair.free; i++) {
      expect((await authenticate({ email: user.email, password: `guess ${i}`, ip })).ok).toBe(false);
    }
    const blocked = await authenticate({ email: user.email, password: TEST_PASSWORD, ip });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled", message: expect.stringMatching(/Please wait 1 second and try again/) });
    // The wait doubles with every further failure, up to the cap.
    expect([5, 6, 7, 30].map((n) => requiredWaitSeconds(n, pair.free, pair.capSeconds))).toEqual([1, 2, 4, pair.capSeconds]);
    // The person who owns the account, elsewhere, still signs in.
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress() })).ok).toBe(true);
  });

  it("login throttling counts before hashing: of 200 parallel guesses only the free ones are checked", async () => {
    const user = await createUser();
    const ip = uniqueAddress();
    // Time stands still for the burst: on a slow machine the 200 would otherwise outlast the
    // first wait (1 s) and a sixth guess would rightly be let through.
    const burst = new Date();
    // Twenty in flight at a time, each started as one ends: the pool serves ten at once whatever is
    // sent, so the database sees the same parallel burst, while two hundred at once would leave the
    // last ones waiting past the pool's 5 s wait for a connection on a machine busy with other tests.
    const results: Awaited<ReturnType<typeof authenticate>>[] = [];
    let next = 0;
    const guesser = async () => {
      while (next < 200) {
        const i = next++;
        results[i] = await authenticate({ email: user.email, password: `parallel guess ${i}`, ip }, () => burst);
      }
    };
    await Promise.all(Array.from({ length: 20 }, guesser));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBe(THROTTLE.limits[0].free);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(200 - checked);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(checked);
  });

  it("slows an account failing from many addresses for a minute at most, so nobody can lock it out", async () => {
    const user = await createUser();
    const account = THROTTLE.limits[1];
    await db.loginAttempt.createMany({
      data: Array.from({ length: account.free + 20 }, () => ({ email: user.email, ip: uniqueAddress(), success: false })),
    });
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress() });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    if (result.ok || result.reason !== "throttled") throw new Error("expected a throttled result");
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(account.capSeconds);
    // Another account is not affected.
    const other = await createUser();
    expect((await authenticate({ email: other.email, password: TEST_PASSWORD, ip: uniqueAddress() })).ok).toBe(true);
  });

  // Issue #27: a stranger failing once a minute, at each Retry-After, kept the account's owner out
  // for good. A browser that signed in before carries a device cookie (OWASP's device-cookie
  // pattern): the account-wide count does not apply to it, only its own failures do.
  it("a stranger's failures lock an account for browsers without its device cookie; the owner's browser still gets in", async () => {
    const user = await createUser();
    const home = uniqueAddress();
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: home })).ok).toBe(true);
    // What the sign-in route then gives the owner's browser (lib/auth/sign-in-response.ts).
    const first = { deviceCookie: issueDeviceCookie(user.email)! };

    // The stranger fails from many addresses, and from the owner's own (a shared office address).
    await db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.limits[1].free + 10 }, () => ({ email: user.email, ip: uniqueAddress(), success: false })),
    });
    for (let i = 0; i < 3; i++) await authenticate({ email: user.email, password: `stranger ${i}`, ip: home });
    for (const ip of [home, uniqueAddress()]) {
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip })).toMatchObject({ ok: false, reason: "throttled" });
    }
    // The owner's browser is let in.
    const owner = await authenticate({ email: user.email, password: TEST_PASSWORD, ip: home, deviceCookie: first.deviceCookie });
    expect(owner).toMatchObject({ ok: true, user: { id: user.id } });
    // The stranger without it stays locked out; a cookie that is forged, stretched, for another account or expired does not help.
    const other = await createUser();
    const [account, expires, id, mac] = first.deviceCookie.split(".");
    const longer = [account, Number(expires) + 1, id, mac].join(".");
    const forged = [account, expires, id, `${mac.slice(0, 10)}${mac[10] === "A" ? "B" : "A"}${mac.slice(11)}`].join(".");
    const elsewhere = issueDeviceCookie(other.email);
    const expired = issueDeviceCookie(user.email, new Date(Date.now() - 366 * 24 * 3_600_000));
    for (const deviceCookie of [undefined, forged, longer, elsewhere, expired, "garbage"]) {
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress(), deviceCookie }), String(deviceCookie)).toMatchObject({ ok: false, reason: "throttled" });
    }
  });

  it("a device cookie is still slowed down by its own failures, so a stolen one gives no unlimited guesses", async () => {
    const user = await createUser();
    const first = { deviceCookie: issueDeviceCookie(user.email)! };
    const burst = new Date();
    const device = THROTTLE.limits.find((limit) => limit.scope === "device")!;
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authenticate({ email: user.email, password: `thief ${i}`, ip: uniqueAddress(), deviceCookie: first.deviceCookie }, () => burst)),
    );
    expect(guesses.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(device.free);
    expect(guesses.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(30 - device.free);
  });

  it("pauses an address that fails across many accounts", async () => {
    const ip = uniqueAddress();
    await db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.limits[2].free + 5 }, (_, i) => ({ email: `spray-${i}@test.example`, ip, success: false })),
    });
    const user = await createUser();
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD, ip });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("forgets failures older than the window", async () => {
    const user = await createUser();
    const old = new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 40 }, () => ({ email: user.email, ip: uniqueAddress(), success: false, createdAt: old })),
    });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueAddress() })).ok).toBe(true);
  });

  it("takes as long to refuse an unknown email as a wrong password (the ratio of medians over many tries)", async () => {
    // Two accounts, so neither reaches the account's slow-down; a new address for every try.
    const users = [await createUser(), await createUser()];
    const timed = async (email: string) => {
      const started = process.hrtime.bigint();
      const result = await authenticate({ email, password: "not the password", ip: uniqueAddress() });
      expect(result).toMatchObject({ ok: false, reason: "invalid" });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    // Interleaved, so a busy moment on the machine weighs on both alike.
    for (let i = 0; i < 16; i++) {
      unknown.push(await timed(`nobody-${i}-${users[0].id}@test.example`));
      wrong.push(await timed(users[i % 2].email));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
    const ratio = median(unknown) / median(wrong);
    console.log(`Sign-in refusal: unknown email ${median(unknown).toFixed(1)} ms, wrong password ${median(wrong).toFixed(1)} ms (median of 16), ratio ${ratio.toFixed(2)}`);
    // Without the stand-in hash an unknown email would be refused in a fraction of a millisecond against ~100 ms: a ratio near 0.01.
    // The band is wide because a wrong password also waits on the database for the account, which
    // stretches when the machine is saturated (0.64 in a full npm test beside the end-to-end tests).
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
