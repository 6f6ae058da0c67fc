// Runs in each Vitest worker before its test files are imported: point the database at this
// worker's own copy (tests/setup/worker-databases.ts), before any module reads DATABASE_URL.
import { workerDatabaseUrl } from "./worker-database-names";

const template = process.env.DATABASE_URL;
const poolId = Number(process.env.VITEST_POOL_ID);
if (template && poolId >= 1 && !process.env.FACTMARK_WORKER_DATABASE) {
  process.env.FACTMARK_TEMPLATE_DATABASE_URL = template;
  process.env.DATABASE_URL = workerDatabaseUrl(template, poolId);
  process.env.FACTMARK_WORKER_DATABASE = "1";
}
