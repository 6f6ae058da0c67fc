import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderApiDocs } from "./api-docs";
import { API_ROUTES } from "./api-routes";
import { TABLE_END, TABLE_START, withApiTable } from "./api-table";
import { openApiDocument } from "./openapi";

const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
const { version } = JSON.parse(read("package.json")) as { version: string };

describe("the API's docs, written from the contracts", () => {
  it("docs/api.md's table and docs/openapi.json are what `npm run docs` writes now", () => {
    const expected = renderApiDocs({ apiMarkdown: read("docs/api.md"), version });
    expect(read("docs/api.md"), "docs/api.md's API table is stale: run npm run docs").toBe(expected.apiMarkdown);
    expect(read("docs/openapi.json"), "docs/openapi.json is stale: run npm run docs").toBe(expected.openapi);
  });

  it("rewrites only the table between its markers, keeping the prose around it, and refuses a page without them", () => {
    const page = `# The API\n\nProse before.\n\n${TABLE_START}\n\n| old | table |\n\n${TABLE_END}\n\nProse after.\n`;
    expect(withApiTable(page, "| new |")).toBe(`# The API\n\nProse before.\n\n${TABLE_START}\n\n| new |\n\n${TABLE_END}\n\nProse after.\n`);
    expect(() => withApiTable("# The API\n\n| a table someone wrote |\n", "| new |")).toThrow("needs the lines");
  });

  it("the OpenAPI document has every route once, and every schema it refers to", () => {
    const document = openApiDocument(API_ROUTES, version) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    const operations = Object.entries(document.paths).flatMap(([address, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${address}`));
    expect(operations.sort()).toEqual(API_ROUTES.map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`).sort());
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
    expect(JSON.stringify(document)).not.toContain("#/$defs/");
  });
});
