import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import factmark from "./scripts/lint/factmark-plugin.mjs";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".next-test/**", ".next-bench/**", ".data/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "test-reports/**", "playwright-report/**", ".scratch/**"],
  },
  {
    plugins: { factmark },
  },
  {
    // lib/ is the domain: it must not reach up into routes or UI (by alias or any relative path),
    // and its folders import each other one way only (scripts/lint/factmark-plugin.mjs).
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "factmark/lib-imports-no-ui": "error",
      "factmark/no-lib-folder-cycles": "error",
    },
  },
  {
    // A transaction opens on the write path only (lib/changes: runChange, runBookkeeping), so the
    // locks, the audit record and the live events of every change are taken in one place; lib/db
    // defines the client. Tests too: they set up through the same path.
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs", "**/*.js"],
    ignores: ["lib/changes/**", "lib/db/**"],
    rules: {
      "factmark/transactions-on-the-write-path": "error",
    },
  },
  {
    // Audit records are written by the write path only (change.record), which files them and
    // appends their live events; lib/activity builds the statement.
    files: ["lib/**/*.ts"],
    ignores: ["lib/changes/**", "lib/activity/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/activity/record-activity"], message: "Record through the change you were given (lib/changes/run-change.ts): change.record files it and announces it." }] },
      ],
    },
  },
  {
    // lib/language is a leaf: sentences, tokens, quotes, quantities and the words of a claim,
    // used by suggestions, the ledger and annotations alike, and depending on none of them.
    files: ["lib/language/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["../*", "@/*"], message: "lib/language is a leaf: it imports nothing from the rest of the app." }] }],
    },
  },
  {
    // The audit trail is written through the write path only (lib/changes, with lib/activity's
    // statement), so every record has a known action (lib/vocabulary/actions.ts) and what is news
    // reaches the live feed in the same transaction.
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "scripts/**/*.ts"],
    ignores: ["lib/activity/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.property.name='activity'][property.name=/^(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)$/]",
          message: "Write audit records through the change you were given (change.record, lib/changes/run-change.ts).",
        },
      ],
    },
  },
  {
    // The browser talks to the API through the typed functions in components/api, so every
    // address and body shape is written once, against the route's own schema.
    files: ["components/**/*.ts", "components/**/*.tsx", "app/**/*.tsx"],
    ignores: ["components/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/api/client", "@/components/api/client"], importNames: ["callApi"], message: "Call the API through components/api/<entity>.ts." }],
          paths: [{ name: "next/link", message: "Use Link from components/ui/link.tsx: it fetches a page ahead when someone reaches for its link, not whenever it is on screen." }],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='fetch']", message: "Call the API through components/api/<entity>.ts." },
      ],
    },
  },
  {
    // Specs take `test` from e2e/fixtures.ts, which closes every browser context a test opened.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures: it closes the browser contexts a test opens." }] }],
    },
  },
  {
    // The one place next/link is used (see its own note).
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
