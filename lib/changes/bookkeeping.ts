import { db, type Tx } from "../db/client";

/**
 * A transaction for the app's own bookkeeping, which is nobody's change to the desk's work and
 * leaves no audit record: sign-in attempts, who has a page open, read marks, queued jobs, rows
 * made from other rows. With runChange (run-change.ts) it is the only place a transaction opens
 * (ESLint keeps it so), so what every transaction must do lands in one folder.
 */
export function runBookkeeping<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  return db.$transaction(work, options);
}
