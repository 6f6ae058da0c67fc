import { describe, expect, it } from "vitest";
import { EnvironmentError, parseEnvironment } from "./environment";

const refusal = (env: Record<string, string>) => {
  try {
    parseEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
};

describe("the settings read from the environment (issue #27)", () => {
  it("gives every setting its default when nothing is set", () => {
    expect(parseEnvironment({})).toMatchObject({ WRITE_LIMIT_PER_MINUTE: 300, DB_STATEMENT_TIMEOUT_MS: 15_000, BCRYPT_COST: 11, PORT: 3000, TRUSTED_PROXY: [], FETCH_ONLY_ALLOWED: false });
    expect(parseEnvironment({ WRITE_LIMIT_PER_MINUTE: "0", TRUSTED_PROXY: "10.0.0.5, ::ffff:10.0.0.6", FETCH_ONLY_ALLOWED: "true" })).toMatchObject({
      WRITE_LIMIT_PER_MINUTE: 0,
      TRUSTED_PROXY: ["10.0.0.5", "::ffff:10.0.0.6"],
      FETCH_ONLY_ALLOWED: true,
    });
  });

  it.each([
    ["WRITE_LIMIT_PER_MINUTE", ""],
    ["WRITE_LIMIT_PER_MINUTE", " "],
    ["WRITE_LIMIT_PER_MINUTE", "lots"],
    ["WRITE_LIMIT_PER_MINUTE", "-1"],
    ["WRITE_LIMIT_PER_MINUTE", "2.5"],
    ["DB_STATEMENT_TIMEOUT_MS", ""],
    ["DB_STATEMENT_TIMEOUT_MS", "15s"],
    ["BCRYPT_COST", "3"],
    ["PORT", "0"],
    ["PORT", "70000"],
    ["TRUSTED_PROXY", "true"],
    ["TRUSTED_PROXY", "10.0.0.5, proxy.internal"],
    ["NEXTAUTH_URL", "factmark.example"],
    ["NEXTAUTH_SECRET", ""],
    ["FETCH_ONLY_ALLOWED", "yes"],
    ["SEED_DEMO", "1"],
    ["SOURCE_RECHECK_DAYS", ""],
    ["SOURCE_RECHECK_DAYS", "weekly"],
    ["JOB_CONCURRENCY", "0"],
    ["JOB_WORKER", "off"],
    ["TEXT_WORK_QUEUE", "-1"],
    ["TEXT_WORK_TIME_LIMIT_MS", ""],
    ["PREVIEW_LIMIT_PER_MINUTE", "ten"],
    ["APP_DATABASE_PASSWORD", "short"],
  ])("refuses %s=%j with a message naming the setting and its value", (name, value) => {
    expect(refusal({ [name]: value })).toContain(`${name}=${JSON.stringify(value)}`);
  });

  it("names every bad value at once, so one restart is enough to see them all", () => {
    const message = refusal({ WRITE_LIMIT_PER_MINUTE: "", BCRYPT_COST: "high", PORT: "3000" });
    expect(message).toMatch(/WRITE_LIMIT_PER_MINUTE="" must be a whole number/);
    expect(message).toMatch(/BCRYPT_COST="high" must be a whole number from 4 to 31/);
    expect(message).not.toContain("PORT");
  });
});
