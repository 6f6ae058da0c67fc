import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { encodeSessionToken, sessionCookieName } from "../auth/session-token";
import { db } from "../db/client";
import { errorResponse } from "./api-route";
import { answerSpentWriter } from "./spent-writer-gate";
import { chargeWrite } from "./write-limit";

afterAll(() => db.$disconnect());

// Outside a local http address, cookies are Secure and carry the __Secure- prefix (lib/auth/options.ts).
const cookieFor = async (userId: string) =>
  `theme=dark; ${sessionCookieName(true)}=${await encodeSessionToken({ token: { uid: userId, sv: 0 }, secret: process.env.NEXTAUTH_SECRET!, maxAge: 600 })}`;

describe("the server's answer to a writer whose minute is spent", () => {
  it("is the route's own 429, with the seconds left, for that person's writes only", async () => {
    const [runaway, colleague] = [await createUser(), await createUser()];
    const start = new Date("2026-12-07T10:00:00Z");
    const at = new Date(start.getTime() + 20_000);
    const limit = 2;
    const [runawayCookie, colleagueCookie] = [await cookieFor(runaway.id), await cookieFor(colleague.id)];
    for (let i = 0; i < limit; i++) await chargeWrite(runaway.id, start, limit);
    // Not yet known to be spent: the route decides, and learns it.
    expect(await answerSpentWriter("POST", "/api/stories", runawayCookie, { now: at, limit })).toBeNull();
    const refusal = await chargeWrite(runaway.id, at, limit).catch((error: unknown) => error);

    const answer = await answerSpentWriter("POST", "/api/stories", runawayCookie, { now: at, limit });
    const fromRoute = errorResponse(refusal);
    expect(answer).toMatchObject({ status: 429, body: await fromRoute.text() });
    expect(answer!.headers).toMatchObject({ "Retry-After": "40", "Content-Type": "application/json", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    expect(fromRoute.headers.get("retry-after")).toBe("40");
    for (const method of ["PUT", "PATCH", "DELETE"]) expect((await answerSpentWriter(method, "/api/annotations/x", runawayCookie, { now: at, limit }))?.status).toBe(429);

    // Reads, sign-in and sign-out, other people, no session or a forged one: the route decides.
    expect(await answerSpentWriter("GET", "/api/stories", runawayCookie, { now: at, limit })).toBeNull();
    expect(await answerSpentWriter("POST", "/api/auth/signout", runawayCookie, { now: at, limit })).toBeNull();
    expect(await answerSpentWriter("POST", "/articles/x", runawayCookie, { now: at, limit })).toBeNull();
    expect(await answerSpentWriter("POST", "/api/stories", colleagueCookie, { now: at, limit })).toBeNull();
    expect(await answerSpentWriter("POST", "/api/stories", undefined, { now: at, limit })).toBeNull();
    expect(await answerSpentWriter("POST", "/api/stories", `${sessionCookieName(true)}=forged.token.that.fails.here`, { now: at, limit })).toBeNull();
    // The next minute starts afresh.
    expect(await answerSpentWriter("POST", "/api/stories", runawayCookie, { now: new Date(start.getTime() + 60_000), limit })).toBeNull();
  });
});
