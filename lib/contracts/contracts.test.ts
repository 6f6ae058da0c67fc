import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can } from "../policy/policy";
import { REPORT_FORMATS } from "../reports/export-report";
import { ACTIONS, type ActivityAction } from "../vocabulary/actions";
import { ROLES, type Role } from "../vocabulary/names";
import { API_ROUTES } from "./api-routes";
import { isAnnotationChange, isCommentChange, isFactChange, isSuggestionChange, liveChangeSchema } from "./live";
import { reportRoutes } from "./reports";
import { pathOf, pathSegments, type Audience, type RouteContract } from "./route-contract";

const app = path.join(process.cwd(), "app");

/** Every route file under app/api but next-auth's, with the address its place in the tree gives it. */
function routeFiles(): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push({ file: full, path: `/${path.relative(app, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")}` });
    }
  };
  walk(path.join(app, "api"));
  return found.filter((route) => !route.path.startsWith("/api/auth/"));
}

const ROLE_AUDIENCE: Partial<Record<Audience, Role[]>> = { "signed-in": [...ROLES], editor: ["EDITOR", "ADMIN"], admin: ["ADMIN"] };

describe("the API's contracts", () => {
  it("every route handler is built from the contract of its own method and address, and every contract has its handler", async () => {
    const served: RouteContract[] = [];
    const wrong: string[] = [];
    for (const route of routeFiles()) {
      const exported = (await import(route.file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = exported[method] as { contract?: RouteContract } | undefined;
        if (!handler) continue;
        const contract = handler.contract;
        if (!contract || contract.method !== method || contract.path !== route.path) wrong.push(`${method} ${route.path}: ${contract ? `${contract.method} ${contract.path}` : "no contract"}`);
        else served.push(contract);
      }
    }
    expect(wrong).toEqual([]);
    expect(API_ROUTES.filter((contract) => !served.includes(contract)).map((c) => `${c.method} ${c.path}`), "contracts without a route").toEqual([]);
    expect(new Set(API_ROUTES.map((c) => `${c.method} ${c.path}`)).size, "a method and address declared twice").toBe(API_ROUTES.length);
  }, 120_000);

  it("each route's params schema reads exactly the segments its address names", () => {
    for (const route of API_ROUTES) {
      const shape = (route.params as unknown as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
      expect(Object.keys(shape).sort(), `${route.method} ${route.path}`).toEqual(pathSegments(route.path).sort());
    }
    expect(pathOf(reportRoutes.publish, { type: "story", id: "a/b?c" })).toBe("/api/reports/story/a%2Fb%3Fc/publications");
  });

  it("a route for editors or admins checks its permission before anything else, and the policy lets in exactly who the contract says", () => {
    for (const route of API_ROUTES) {
      const name = `${route.method} ${route.path}`;
      if (route.who === "editor" || route.who === "admin") expect(route.permission, name).toBeDefined();
      if (!route.permission) continue;
      const allowed = ROLE_AUDIENCE[route.who];
      expect(allowed, `${name} checks ${route.permission} but says its callers are "${route.who}"`).toBeDefined();
      for (const role of ROLES) expect(can({ id: "someone", role }, route.permission as never), `${name} as ${role}`).toBe(allowed!.includes(role));
    }
  });

  it("a report download says every content type the export can answer with", () => {
    const declared: readonly string[] = reportRoutes.download.answer.file;
    expect(Object.values(REPORT_FORMATS).map((format) => format.type.split(";")[0]).filter((type) => !declared.includes(type))).toEqual([]);
  });
});

describe("the live feed's union of changes", () => {
  const feedActions = (Object.keys(ACTIONS) as ActivityAction[]).filter((action) => ACTIONS[action].feed);
  // The ledger's changes are the story's (on its own feed, filed under it); every other change is an article's.
  const change = (type: string, extra: object = {}) =>
    type.startsWith("fact.")
      ? { storyId: "s1", seq: 3, type, entityId: "e1", actorId: "u1", ...extra }
      : { articleId: "a1", seq: 3, type, entityId: "e1", annotationId: "n1", version: 2, actorId: "u1", ...extra };

  it("has one member for each action that is news on the feed, and none for the rest", () => {
    const types = liveChangeSchema.options.flatMap((member) => member.shape.type.options as string[]);
    expect([...types].sort()).toEqual([...feedActions].sort());
    for (const action of Object.keys(ACTIONS)) expect(liveChangeSchema.safeParse(change(action)).success, action).toBe(feedActions.includes(action as ActivityAction));
    expect(liveChangeSchema.safeParse(change("annotation.exploded")).success).toBe(false);
    expect(liveChangeSchema.safeParse(change("comment.created", { seq: "3" })).success).toBe(false);
    // A ledger change names its story; one filed under an article is not a change any feed sends.
    expect(liveChangeSchema.safeParse({ articleId: "a1", seq: 3, type: "fact.created", entityId: "e1", annotationId: null, version: null, actorId: "u1" }).success).toBe(false);
  });

  it("tells its members apart without reading names: comments, suggestions, facts, and changes whose annotation a page shows", () => {
    const kinds = (type: string) => {
      const event = liveChangeSchema.parse(change(type));
      return [isCommentChange(event), isSuggestionChange(event), isFactChange(event), isAnnotationChange(event)];
    };
    expect(kinds("comment.updated")).toEqual([true, false, false, false]);
    expect(kinds("suggestion.dismissed")).toEqual([false, true, false, false]);
    expect(kinds("fact.merged")).toEqual([false, false, true, false]);
    expect(kinds("annotation.approve")).toEqual([false, false, false, true]);
    expect(kinds("source.checked")).toEqual([false, false, false, true]);
    // A deletion carries no annotation: the page drops it.
    expect(kinds("annotation.deleted")).toEqual([false, false, false, false]);
    expect(kinds("article.text_corrected")).toEqual([false, false, false, false]);
  });
});
