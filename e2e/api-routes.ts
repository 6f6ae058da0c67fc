import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export interface Route {
  method: Method;
  /** e.g. /api/annotations/:id/sources */
  pattern: string;
}

const root = process.cwd();

/** Every route under app/api with its methods, found from the file tree (a new route cannot be forgotten). */
export function discoverRoutes(): Route[] {
  const found: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const pattern = "/" + path.relative(path.join(root, "app"), path.dirname(full)).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/");
        const source = readFileSync(full, "utf8");
        for (const [, method] of source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push({ method: method as Method, pattern });
      }
    }
  };
  walk(path.join(root, "app", "api"));
  // next-auth's own sign-in endpoints are the way in, not a part of the API.
  return found.filter((route) => !route.pattern.startsWith("/api/auth/"));
}

