// Loaded with `--import` into a process (the benchmark's server, `npm run bench:year`) whose SQL
// is to be read back: every statement any pg client of the process sends (Prisma's adapter and the
// plain pool alike) is appended to the file SQL_CAPTURE_FILE names, one JSON line each, with its
// parameters, for EXPLAIN to replay. Without SQL_CAPTURE_FILE it does nothing.
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const file = process.env.SQL_CAPTURE_FILE;
if (file) {
  // The app's own copy of pg (Next.js leaves it outside its bundle), so the same Client class.
  const pg = createRequire(path.join(process.cwd(), "package.json"))("pg");
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function capture(config, values, callback) {
    const text = typeof config === "string" ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    if (typeof text === "string") {
      try {
        appendFileSync(file, `${JSON.stringify({ text, values: params ?? [] })}\n`);
      } catch {
        // A statement that cannot be written down is not worth failing the request for.
      }
    }
    return query.call(this, config, values, callback);
  };
}
