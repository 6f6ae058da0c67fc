import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * What the production build is made from: every file git tracks or would track (so a new file
 * counts too), less the tests, the docs and the tooling that no page imports. The same key means
 * the same sources, so `npm test -- e2e/x.spec.ts` run again after changing a spec reuses the
 * build it made before instead of building again.
 */
const NOT_BUILT = [/^e2e\//, /^tests\//, /^docs\//, /^\.ci\//, /^scripts\//, /\.test\.tsx?$/, /\.md$/, /^(playwright|vitest)\.config\.ts$/, /^eslint\.config\.js$/];

export function buildKey(root: string): string | null {
  let files: string[];
  try {
    files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
      .toString()
      .split("\0")
      .filter((file) => file && !NOT_BUILT.some((pattern) => pattern.test(file)))
      .sort();
  } catch {
    // Not a git checkout: always build.
    return null;
  }
  const hash = createHash("sha256");
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(file).update("\0");
    // A file git still lists may have been deleted from the work tree.
    if (existsSync(full)) hash.update(readFileSync(full));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const keyFile = (distDir: string) => path.join(distDir, "factmark-build-key");

/** Whether `distDir` holds a finished build of exactly these sources. */
export function builtFrom(distDir: string, key: string | null): boolean {
  return key !== null && existsSync(path.join(distDir, "BUILD_ID")) && existsSync(keyFile(distDir)) && readFileSync(keyFile(distDir), "utf8") === key;
}

/** Before a build: whatever it leaves, a build that fails half-way is never taken for a finished one. */
export function forgetBuild(distDir: string): void {
  rmSync(keyFile(distDir), { force: true });
}

export function recordBuild(distDir: string, key: string | null): void {
  if (key !== null) writeFileSync(keyFile(distDir), key);
}
