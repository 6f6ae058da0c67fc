/**
 * `npm run docs`: writes the API table in docs/api.md (between its markers; the prose around it
 * is kept) and docs/openapi.json, both from the routes' contracts (lib/contracts/). Run it after
 * changing a contract: lib/contracts/api-docs.test.ts fails while the committed copies are stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderApiDocs } from "../lib/contracts/api-docs";
import { root } from "./lib/run";

const apiPath = path.join(root, "docs", "api.md");
const openApiPath = path.join(root, "docs", "openapi.json");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
const docs = renderApiDocs({ apiMarkdown: readFileSync(apiPath, "utf8"), version });
writeFileSync(apiPath, docs.apiMarkdown);
writeFileSync(openApiPath, docs.openapi);
console.log(`Wrote ${path.relative(root, apiPath)} (its API table) and ${path.relative(root, openApiPath)}.`);
