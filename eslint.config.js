import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".next-test/**", ".next-bench/**", ".data/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".scratch/**"],
  },
  {
    // lib/ is the domain: it must not reach up into routes or UI.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/components/*", "../app/*", "../components/*", "../../app/*", "../../components/*"] }],
    },
  },
];

export default config;
