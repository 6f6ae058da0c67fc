/**
 * `npm run db:seed`: the demo accounts and the demo story, into the database at DATABASE_URL
 * (migrated first). For a staging or training desk; `npm start` does this by itself on its
 * embedded database. Safe to run twice: what exists is left as it is.
 */
import { prepareData } from "./lib/bootstrap/prepare-data";
import { closeDb } from "../lib/db/client";
import { migrateDeploy } from "../lib/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/users/demo-accounts";
import { root } from "./lib/run";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to seed (npm start seeds its embedded database by itself).");
  process.exit(2);
}
try {
  await migrateDeploy(url, root);
  await prepareData({ embedded: false, env: { ...process.env, SEED_DEMO: "true" } });
  console.log(`Seeded the demo story and accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}.`);
  console.log("WARNING: the demo password is published. Change or disable these accounts before anyone else can reach this desk.");
} catch (error) {
  console.error(`Could not seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
