import { API_ROUTES } from "./api-routes";
import { apiTable, withApiTable } from "./api-table";
import { openApiDocument } from "./openapi";

/**
 * What `npm run docs` writes (scripts/docs.ts), from the routes' contracts: docs/api.md with its
 * table rewritten and its prose kept, and docs/openapi.json. The docs test compares the
 * committed files with this, so a contract changed without `npm run docs` fails it.
 */
export function renderApiDocs(current: { apiMarkdown: string; version: string }): { apiMarkdown: string; openapi: string } {
  return {
    apiMarkdown: withApiTable(current.apiMarkdown, apiTable(API_ROUTES)),
    openapi: `${JSON.stringify(openApiDocument(API_ROUTES, current.version), null, 2)}\n`,
  };
}
