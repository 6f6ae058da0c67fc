// Factmark's own lint rules (eslint.config.js turns them on; tests/lint-rules.test.ts shows each
// one failing). They keep the shape docs/architecture.md describes: lib/ folders import each other
// one way only, lib/ never reaches into the UI, and transactions open on the write path alone.
import path from "node:path";
import { foldersImported, isTestFile, libFolderOf, readLibImports, resolveSpecifier, wayBack } from "./lib-folders.mjs";

/**
 * ESLint visitors that collect a file's import specifiers (imports, `export … from`, import()),
 * each with its node to report on, and hand them to `done` when the whole file has been read.
 */
function collectImports(done) {
  const found = [];
  const take = (source) => {
    if (source && source.type === "Literal" && typeof source.value === "string") found.push({ node: source, specifier: source.value });
  };
  return {
    ImportDeclaration: (node) => take(node.source),
    ExportNamedDeclaration: (node) => take(node.source),
    ExportAllDeclaration: (node) => take(node.source),
    ImportExpression: (node) => take(node.source),
    "Program:exit": () => done(found),
  };
}

const rootOf = (context) => context.options[0]?.root ?? context.cwd;

// The folder graph is read once per lint run (and again after a few seconds, for an editor's
// long-lived ESLint): one read of lib/ for every file linted would be a quadratic walk.
const graphs = new Map();
const READ_AGAIN_MS = 5_000;
function libImports(root) {
  const known = graphs.get(root);
  if (known && Date.now() - known.at < READ_AGAIN_MS) return known.imports;
  const imports = readLibImports(root);
  graphs.set(root, { at: Date.now(), imports });
  return imports;
}

const noLibFolderCycles = {
  meta: {
    type: "problem",
    docs: { description: "Folders of lib/ must not import each other in a circle (docs/architecture.md)." },
    schema: [{ type: "object", properties: { root: { type: "string" } }, additionalProperties: false }],
  },
  create(context) {
    const root = rootOf(context);
    const file = context.filename;
    const own = libFolderOf(root, file);
    if (!own || isTestFile(file)) return {};
    return collectImports((imports) => {
      // This file as it is in the editor, not as it was saved.
      const graph = new Map(libImports(root));
      const mine = foldersImported(root, file, imports.map((i) => i.specifier));
      graph.set(file, mine);
      for (const { node, specifier } of imports) {
        const target = resolveSpecifier(root, file, specifier);
        const folder = target && libFolderOf(root, target);
        if (!folder || folder === own || mine.get(folder) !== specifier) continue;
        const way = wayBack(root, graph, folder, own);
        if (!way) continue;
        const circle = [`lib/${own}`, `lib/${folder}`, ...way.map((step) => `lib/${step.to}`)].join(" → ");
        const through = way.map((step) => step.file).join(", ");
        context.report({
          node,
          message: `lib/${own} imports lib/${folder}, which leads back to lib/${own}: ${circle} (through ${through}). Folders of lib/ import each other one way only: move what both need to a folder below them.`,
        });
      }
    });
  },
};

const libImportsNoUi = {
  meta: {
    type: "problem",
    docs: { description: "lib/ is the domain: it never imports from app/ (routes) or components/ (UI), by alias or by any relative path." },
    schema: [{ type: "object", properties: { root: { type: "string" } }, additionalProperties: false }],
  },
  create(context) {
    const root = rootOf(context);
    const check = (node, specifier) => {
      const target = resolveSpecifier(root, context.filename, specifier);
      if (!target) return;
      const top = path.relative(root, target).split(path.sep)[0];
      if (top === "app" || top === "components") {
        context.report({ node, message: `lib/ must not import from ${top}/ ("${specifier}"): the domain never reaches up into routes or UI.` });
      }
    };
    return collectImports((imports) => {
      for (const { node, specifier } of imports) check(node, specifier);
    });
  },
};

const transactionsOnTheWritePath = {
  meta: {
    type: "problem",
    docs: { description: "Transactions open in lib/changes (runChange, runBookkeeping) and lib/db only." },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        const name = node.computed ? node.property.type === "Literal" && node.property.value : node.property.name;
        if (name !== "$transaction") return;
        context.report({
          node: node.property,
          message: "Open a transaction on the write path: runChange for a change to the desk's work, runBookkeeping for the app's own rows (lib/changes).",
        });
      },
    };
  },
};

const plugin = {
  meta: { name: "factmark" },
  rules: { "no-lib-folder-cycles": noLibFolderCycles, "lib-imports-no-ui": libImportsNoUi, "transactions-on-the-write-path": transactionsOnTheWritePath },
};

export default plugin;
