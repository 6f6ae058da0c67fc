import { TooManyRequestsError } from "../../errors/domain-error";
import { chargeMinute } from "../../http/write-limit";

/**
 * A preview fetches an outside page (up to 10 s and 5 MB) and reads it in the text pool: the
 * dearest thing one click can ask of a server. Each person may ask PREVIEW_LIMIT_PER_MINUTE of
 * them a minute (default 10, counted in PostgreSQL so every instance agrees; 0 turns it off), and
 * one instance works on PREVIEW_CONCURRENCY at once (default 4) across everyone.
 */
export function previewLimits(env: Record<string, string | undefined> = process.env) {
  const number = (name: string, fallback: number, min: number) => {
    const value = Number(env[name] ?? fallback);
    return Number.isInteger(value) && value >= min ? value : fallback;
  };
  return { perMinute: number("PREVIEW_LIMIT_PER_MINUTE", 10, 0), concurrent: number("PREVIEW_CONCURRENCY", 4, 1) };
}

/** Counts one preview against the person's minute; past the limit, 429 with the seconds left. */
export async function chargePreview(userId: string, now = new Date(), limit = previewLimits().perMinute): Promise<void> {
  if (limit === 0) return;
  const { count, retryAfterSeconds } = await chargeMinute("PreviewAllowance", userId, now);
  if (count > limit) {
    throw new TooManyRequestsError(
      `You have asked for more than ${limit} previews of web pages in a minute. Wait ${retryAfterSeconds} seconds and try again.`,
      retryAfterSeconds,
    );
  }
}

// Per process, so on globalThis: Next.js may load this module once per route bundle.
const shared = globalThis as typeof globalThis & { factmarkPreviewsRunning?: number };

/**
 * Runs `preview` if this instance has a place for it, else refuses at once with 429: a preview
 * waits on the outside site, and a queue of them would hold connections for nothing.
 */
export async function withPreviewPlace<T>(preview: () => Promise<T>, limit = previewLimits().concurrent): Promise<T> {
  const running = shared.factmarkPreviewsRunning ?? 0;
  if (running >= limit) {
    throw new TooManyRequestsError(`Factmark is already fetching ${running} pages for the desk. Try again in a few seconds.`, 5);
  }
  shared.factmarkPreviewsRunning = running + 1;
  try {
    return await preview();
  } finally {
    shared.factmarkPreviewsRunning = (shared.factmarkPreviewsRunning ?? 1) - 1;
  }
}
