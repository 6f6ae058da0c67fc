import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 7's CLI downloads a native schema engine, which these machines cannot fetch;
// Prisma 6.19 with the WebAssembly engine ("js") and the pg adapter needs no binary.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  // allowExitOnIdle: the CLI's pool would otherwise keep every command alive for pg's 10 s idle timeout.
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true }),
});
