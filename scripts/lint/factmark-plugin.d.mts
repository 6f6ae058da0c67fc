import type { ESLint } from "eslint";

/** Factmark's own lint rules (factmark-plugin.mjs), typed for the test that shows each one failing. */
declare const plugin: ESLint.Plugin;
export default plugin;
