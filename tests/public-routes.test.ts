import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const app = path.join(process.cwd(), "app");

/** Every file under app/ with its path, found from the tree so a new route cannot be forgotten. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** The only addresses anyone may read without signing in: the published fact-checks, the sign-in page and next-auth's own routes. */
const PUBLIC = ["p/[slug]/route.ts", "p/[slug]/claims/[n]/embed/route.ts", "p/feed.json/route.ts", "login/page.tsx", "api/auth/[...nextauth]/route.ts"];

describe("which routes need a session", () => {
  const all = files(app).map((f) => path.relative(app, f).split(path.sep).join("/"));
  const routes = all.filter((f) => f.endsWith("/route.ts"));
  const pages = all.filter((f) => f.endsWith("page.tsx"));

  it("every API route builds each handler it exports with apiRoute, which refuses a request without a session", () => {
    const bare = routes
      .filter((f) => !PUBLIC.includes(f))
      .flatMap((f) => {
        const source = readFileSync(path.join(app, f), "utf8");
        const methods = [...source.matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b(.*)/g)];
        expect(methods.length, f).toBeGreaterThan(0);
        return methods.filter((m) => !/^\s*=\s*apiRoute\(/.test(m[2])).map((m) => `${f} ${m[1]}`);
      });
    expect(bare).toEqual([]);
  });

  it("every page is behind the signed-in layout, but the sign-in page", () => {
    expect(pages.filter((f) => !f.startsWith("(signed-in)/") && !PUBLIC.includes(f))).toEqual([]);
    expect(readFileSync(path.join(app, "(signed-in)/layout.tsx"), "utf8")).toContain("requirePageUser()");
  });

  it("the public routes are exactly the published pages, the sign-in page and next-auth, and they read no session", () => {
    const open = routes.filter((f) => !/apiRoute\(/.test(readFileSync(path.join(app, f), "utf8")));
    expect(open.sort()).toEqual(PUBLIC.filter((f) => f.endsWith("route.ts")).sort());
    for (const f of PUBLIC.filter((p) => p.startsWith("p/"))) expect(readFileSync(path.join(app, f), "utf8")).not.toMatch(/getSessionUser|requireUser|getServerSession/);
  });
});
