/**
 * Whether an error means the database could not be used just now (down, restarting, the
 * connection cut, every connection busy, a statement past its time limit) rather than that the
 * request was wrong: such a request gets 503 and a message, never a 500 or a hang.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// PostgreSQL's SQLSTATEs for a server going away, not accepting connections, or a cancelled statement.
const PG_CODES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08003", "08006", "08001", "08004", "57014"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const MESSAGES = /Connection terminated|connection error and is not queryable|Can't reach database server|timeout exceeded when trying to connect|terminating connection|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode)|canceling statement due to statement timeout|Transaction already closed/i;

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not answering just now, so nothing was saved. Try again in a moment.";
export const DATABASE_SLOW_MESSAGE = "The database took too long to answer, so nothing was saved. Try again in a moment.";

function codesOf(error: unknown, depth = 0): { codes: string[]; messages: string[] } {
  if (!error || typeof error !== "object" || depth > 4) return { codes: [], messages: [] };
  const record = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } }; originalCode?: unknown };
  const here = [record.code, record.kind, record.originalCode].filter((c): c is string => typeof c === "string");
  const nested = [record.cause, record.meta?.driverAdapterError?.cause, record.meta?.driverAdapterError].map((inner) => codesOf(inner, depth + 1));
  return {
    codes: [...here, ...nested.flatMap((n) => n.codes)],
    messages: [typeof record.message === "string" ? record.message : "", ...nested.flatMap((n) => n.messages)],
  };
}

/** The message for a person when `error` is the database being unavailable or too slow; null otherwise. */
export function databaseUnavailable(error: unknown): string | null {
  const { codes, messages } = codesOf(error);
  const slow = codes.includes("57014") || codes.includes("P2024") || messages.some((m) => /statement timeout|timeout exceeded when trying to connect|Timed out fetching a new connection|Unable to start a transaction in the given time/i.test(m));
  if (slow) return DATABASE_SLOW_MESSAGE;
  if (codes.some((c) => PRISMA_CODES.has(c) || PG_CODES.has(c) || ADAPTER_KINDS.has(c)) || messages.some((m) => MESSAGES.test(m))) return DATABASE_UNAVAILABLE_MESSAGE;
  return null;
}
