import { isIP } from "node:net";
import { z } from "zod";

/**
 * Every setting Factmark reads from its environment, parsed once with one schema. A value that
 * does not parse stops the server at start with a message naming the variable and the value:
 * read piecemeal, `WRITE_LIMIT_PER_MINUTE=""` had quietly become 0, "no limit". (DATABASE_URL is
 * the start scripts' to provide and pass on, and NODE_ENV and NEXT_RUNTIME are Next.js's.)
 */
type Env = Record<string, string | undefined>;

const whole = (rule: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max), rule)
    .transform((value) => (value === undefined ? fallback : Number(value)));

const flag = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .optional()
  .transform((value) => value === "true");

const list = (rule: string, valid: (item: string) => boolean) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean))
    .refine((items) => items.every(valid), rule);

const webAddress = z
  .string()
  .optional()
  .refine((value) => {
    if (value === undefined) return true;
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be the app's full http or https address, like https://factmark.newsroom.example");

const proxyAddress = (item: string) => isIP(item.replace(/^::ffff:/, "")) !== 0;

export const environmentSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(1, "must not be empty (leave it unset to have `npm start` make one)").optional(),
  NEXTAUTH_URL: webAddress,
  PORT: whole("must be a port number, 1 to 65535", 3000, 1, 65_535),
  HOST: z.string().trim().min(1, "must name an interface, like 127.0.0.1 or 0.0.0.0").optional(),
  TRUSTED_PROXY: list("must be IP addresses separated by commas, like 10.0.0.5,10.0.0.6", proxyAddress),
  WRITE_LIMIT_PER_MINUTE: whole("must be a whole number, 0 or more (0: no limit; unset: 300)", 300, 0),
  DB_STATEMENT_TIMEOUT_MS: whole("must be a whole number of milliseconds, 0 or more (0: no limit; unset: 15000)", 15_000, 0),
  BCRYPT_COST: whole("must be a whole number from 4 to 31 (unset: 11)", 11, 4, 31),
  FETCH_ALLOW_HOSTS: list("must be host names (or name:port) separated by commas", (item) => /^[a-z0-9.\-[\]:]+$/i.test(item)),
  FETCH_ONLY_ALLOWED: flag,
  SEED_DEMO: flag,
  SEED_DEMO_WORK: flag,
  SKIP_BUILD: flag,
  EMBEDDED_PG_PORT: whole("must be a port number, 1 to 65535", 54_329, 1, 65_535),
  APP_DATABASE_PASSWORD: z.string().min(16, "must be at least 16 characters (unset: one is kept in .data/)").optional(),
  // Background jobs (lib/jobs/start-worker.ts) and the scheduled re-checks (lib/sources/recheck-sources.ts).
  JOB_WORKER: flag,
  JOB_LOG: flag,
  JOB_CONCURRENCY: whole("must be a whole number, 1 or more (unset: 4)", 4, 1),
  JOB_POLL_INTERVAL_MS: whole("must be a whole number of milliseconds, 100 or more (unset: 2000)", 2_000, 100),
  JOB_HEARTBEAT_SECONDS: whole("must be a whole number of seconds, 1 or more (unset: 15)", 15, 1),
  SOURCE_RECHECK_DAYS: whole("must be a whole number of days, 0 or more (0: never; unset: 7)", 7, 0),
  // Heavy text work (lib/workers/text-work-pool.ts) and previews by address (lib/articles/import/preview-limit.ts).
  TEXT_WORK_THREADS: whole("must be a whole number, 1 or more", 1, 1).optional(),
  TEXT_WORK_QUEUE: whole("must be a whole number, 0 or more (unset: 20)", 20, 0),
  TEXT_WORK_TIME_LIMIT_MS: whole("must be a whole number of milliseconds, 1 or more (unset: 10000)", 10_000, 1),
  PREVIEW_LIMIT_PER_MINUTE: whole("must be a whole number, 0 or more (0: no limit; unset: 10)", 10, 0),
  PREVIEW_CONCURRENCY: whole("must be a whole number, 1 or more (unset: 4)", 4, 1),
});

export type Environment = z.infer<typeof environmentSchema>;

export class EnvironmentError extends Error {}

/** The settings in `env`, or an EnvironmentError listing each bad one with its value. */
export function parseEnvironment(env: Env): Environment {
  const parsed = environmentSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `- ${name}=${JSON.stringify(env[name])} ${issue.message}.`;
  });
  throw new EnvironmentError(`Factmark cannot start with these settings (see .env.example):\n${lines.join("\n")}`);
}

const holder = globalThis as unknown as { factmarkEnvironment?: Environment };

/** This process's settings, read from process.env on first use and kept. */
export function environment(): Environment {
  holder.factmarkEnvironment ??= parseEnvironment(process.env);
  return holder.factmarkEnvironment;
}

/**
 * The settings, or the end of this process with each bad value named: for whatever starts a
 * server (scripts/serve.ts, and `next start` through instrumentation.ts).
 */
export function environmentOrExit(): Environment {
  try {
    return environment();
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
