import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".next-test/**", ".next-bench/**", ".data/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "test-reports/**", "playwright-report/**", ".scratch/**"],
  },
  {
    // lib/ is the domain: it must not reach up into routes or UI.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/components/*", "../app/*", "../components/*", "../../app/*", "../../components/*"] }],
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
    // The audit trail is written through lib/activity only, so every record has a known action
    // (lib/vocabulary/actions.ts) and what is news reaches the live feed in the same transaction.
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "scripts/**/*.ts"],
    ignores: ["lib/activity/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.property.name='activity'][property.name=/^(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)$/]",
          message: "Write audit records with recordActivity (lib/activity/record-activity.ts).",
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
        { patterns: [{ group: ["**/api/client", "@/components/api/client"], importNames: ["callApi"], message: "Call the API through components/api/<entity>.ts." }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='fetch']", message: "Call the API through components/api/<entity>.ts." },
      ],
    },
  },
];

export default config;
