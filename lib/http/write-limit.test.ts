import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { db } from "../db/client";
import { chargeWrite, writeLimitPerMinute } from "./write-limit";

afterAll(() => db.$disconnect());

describe("each person's write allowance", () => {
  it("lets a person make `limit` writes a minute, refuses the rest with the seconds to wait, and starts again the next minute", async () => {
    const [runaway, colleague] = [await createUser(), await createUser()];
    const start = new Date("2026-12-05T10:00:00Z");
    await Promise.all(Array.from({ length: 5 }, () => chargeWrite(runaway.id, start, 5)));
    const later = new Date(start.getTime() + 20_000);
    await expect(chargeWrite(runaway.id, later, 5)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 40 });
    // Parallel writes past the limit are refused too: the count is one statement.
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => chargeWrite(runaway.id, later, 5)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    await expect(chargeWrite(colleague.id, later, 5)).resolves.toBeUndefined();
    await expect(chargeWrite(runaway.id, new Date(start.getTime() + 60_000), 5)).resolves.toBeUndefined();
  });

  it("refuses the rest of a spent minute without another statement, telling the seconds left each time", async () => {
    const runaway = await createUser();
    const start = new Date("2026-12-06T10:00:00Z");
    for (let i = 0; i < 3; i++) await chargeWrite(runaway.id, start, 3);
    await expect(chargeWrite(runaway.id, new Date(start.getTime() + 10_000), 3)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 50 });
    const counted = async () => (await db.writeAllowance.findUniqueOrThrow({ where: { userId: runaway.id } })).count;
    expect(await counted()).toBe(4);
    await Promise.allSettled(Array.from({ length: 50 }, () => chargeWrite(runaway.id, new Date(start.getTime() + 30_000), 3)));
    await expect(chargeWrite(runaway.id, new Date(start.getTime() + 45_500), 3)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 15 });
    // The minute's row was not touched by the refusals after the first.
    expect(await counted()).toBe(4);
    // The next minute starts afresh.
    await expect(chargeWrite(runaway.id, new Date(start.getTime() + 60_000), 3)).resolves.toBeUndefined();
    expect(await counted()).toBe(1);
  });

  it("reads the limit from WRITE_LIMIT_PER_MINUTE, 300 by default, and 0 turns it off", async () => {
    expect(writeLimitPerMinute({})).toBe(300);
    expect(writeLimitPerMinute({ WRITE_LIMIT_PER_MINUTE: "20" })).toBe(20);
    // A typo or an empty value is refused, naming the setting and the value, never read as "no limit" (issue #27).
    expect(() => writeLimitPerMinute({ WRITE_LIMIT_PER_MINUTE: "" })).toThrow(/WRITE_LIMIT_PER_MINUTE.*""/);
    expect(() => writeLimitPerMinute({ WRITE_LIMIT_PER_MINUTE: "lots" })).toThrow(/WRITE_LIMIT_PER_MINUTE.*"lots"/);
    expect(() => writeLimitPerMinute({ WRITE_LIMIT_PER_MINUTE: "-1" })).toThrow(/WRITE_LIMIT_PER_MINUTE/);
    const user = await createUser();
    for (let i = 0; i < 5; i++) await chargeWrite(user.id, new Date(), 0);
    expect(await db.writeAllowance.count({ where: { userId: user.id } })).toBe(0);
  });
});
