/** The databases of Vitest's workers: the migrated database's name with the worker's number. */
export function workerDatabaseNames(templateUrl: string, workers: number): string[] {
  const base = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  return Array.from({ length: workers }, (_, i) => `${base}_w${i + 1}`);
}

/** The address of one worker's database (VITEST_POOL_ID counts workers from 1). */
export function workerDatabaseUrl(templateUrl: string, poolId: number): string {
  const url = new URL(templateUrl);
  url.pathname = `/${encodeURIComponent(workerDatabaseNames(templateUrl, poolId)[poolId - 1])}`;
  return url.toString();
}
