const recoveries = new Set<() => Promise<void>>();

/**
 * Something to set right before a failed load is tried again, such as starting a benchmark's
 * server again if it died; returns its removal.
 */
export function beforeRetrying(recover: () => Promise<void>): () => void {
  recoveries.add(recover);
  return () => recoveries.delete(recover);
}

/** How many times a benchmark tries one page load before it gives up on the run. */
export const PAGE_LOAD_ATTEMPTS = 3;

/**
 * One measured page load that a hiccup of the shared machine does not end: a reset connection,
 * a timeout or a crashed page is reported (which load, which attempt, what failed) and the load
 * is tried again, up to `attempts` times; only a load that fails every time stops the run, naming
 * what failed. A retried load's figure is the successful attempt's own, so nothing is skewed.
 */
export async function measuredLoad<T>(label: string, load: () => Promise<T>, attempts = PAGE_LOAD_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await load();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      if (attempt >= attempts) throw new Error(`${label} failed ${attempts} times; the last time: ${reason}`, { cause: error });
      console.warn(`  ${label}: attempt ${attempt} of ${attempts} failed (${reason}); trying again`);
      for (const recover of recoveries) await recover();
    }
  }
}
