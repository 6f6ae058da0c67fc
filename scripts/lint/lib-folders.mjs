// The folders of lib/ and which import which, for the lint rules in factmark-plugin.mjs. Read from
// the files on disk (tests left out: a test may reach across folders to set up what it checks),
// with ts.preProcessFile, which finds every import, `export … from`, `import type` and import().
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Where an import specifier points, as an absolute path without extension; null for a package. */
export function resolveSpecifier(root, importer, specifier) {
  if (specifier.startsWith("@/")) return path.join(root, specifier.slice(2));
  if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") return path.resolve(path.dirname(importer), specifier);
  if (path.isAbsolute(specifier)) return specifier;
  return null;
}

/** The lib/ folder a path is in, or null for anything outside lib/ and for files lying directly in lib/. */
export function libFolderOf(root, file) {
  const relative = path.relative(path.join(root, "lib"), file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  return parts.length > 1 ? parts[0] : null;
}

export const isTestFile = (file) => /\.test\.tsx?$/.test(file);

function sourceFiles(directory) {
  const found = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") found.push(...sourceFiles(full));
    } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !isTestFile(entry.name) && !entry.name.endsWith(".d.ts")) {
      found.push(full);
    }
  }
  return found;
}

/** For each file of lib/ (tests aside): the other lib/ folders it imports. */
export function readLibImports(root) {
  const imports = new Map();
  for (const file of sourceFiles(path.join(root, "lib"))) {
    const specifiers = ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((imported) => imported.fileName);
    imports.set(file, foldersImported(root, file, specifiers));
  }
  return imports;
}

/** The lib/ folders, other than its own, that `file` reaches through `specifiers`, each with the specifier that does it. */
export function foldersImported(root, file, specifiers) {
  const own = libFolderOf(root, file);
  const folders = new Map();
  for (const specifier of specifiers) {
    const target = resolveSpecifier(root, file, specifier);
    const folder = target && libFolderOf(root, target);
    if (folder && folder !== own && !folders.has(folder)) folders.set(folder, specifier);
  }
  return folders;
}

/**
 * A way back from folder `from` to folder `to` through the imports (folder by folder, each step
 * with one file that takes it), or null when there is none: then an import of `from` by `to`
 * closes no circle. Breadth first, so the way shown is a shortest one.
 */
export function wayBack(root, imports, from, to) {
  const steps = new Map();
  for (const [file, folders] of imports) {
    const folder = libFolderOf(root, file);
    if (!folder) continue;
    for (const target of folders.keys()) {
      if (!steps.has(folder)) steps.set(folder, new Map());
      if (!steps.get(folder).has(target)) steps.get(folder).set(target, file);
    }
  }
  const cameFrom = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const folder = queue.shift();
    if (folder === to) {
      const way = [];
      for (let at = to; cameFrom.get(at); at = cameFrom.get(at).folder) way.unshift(cameFrom.get(at));
      return way.map((step) => ({ ...step, file: path.relative(root, step.file) }));
    }
    for (const [next, file] of steps.get(folder) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, { folder, to: next, file });
        queue.push(next);
      }
    }
  }
  return null;
}
