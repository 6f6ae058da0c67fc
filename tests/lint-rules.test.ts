import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import factmark from "@/scripts/lint/factmark-plugin.mjs";

// The project's own configuration, on code that is not in the project: each rule must fail it.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("the project's lint refuses", () => {
  // Loading the configuration (Next's plugins, the TypeScript parser) is most of the first lint's time.
  beforeAll(() => eslint.lintText("export {};\n", { filePath: "lib/config/probe.ts" }));

  it("an import from app/ or components/ into lib/, by alias or by a relative path at any depth, and nothing else", async () => {
    for (const code of [
      `export { x } from "@/app/layout";`,
      `export { x } from "@/components/ui/alert";`,
      `export { x } from "../../../app/(signed-in)/layout";`,
      `export { x } from "../../../components/ui/alert";`,
      `export const x = () => import("../../../components/ui/alert");`,
    ]) {
      expect(await ruleIds(code, "lib/articles/import/probe.ts"), code).toContain("factmark/lib-imports-no-ui");
    }
    expect(await ruleIds(`export { x } from "../../app/layout";`, "lib/db/probe.ts")).toContain("factmark/lib-imports-no-ui");
    expect(await ruleIds(`export { db } from "../../db/client";`, "lib/articles/import/probe.ts")).toEqual([]);
    // The UI may import the domain.
    expect(await ruleIds(`export { db } from "@/lib/db/client";`, "components/ui/probe.ts")).toEqual([]);
  });

  it("an import that closes a circle of lib/ folders, naming the way back", async () => {
    // lib/db already imports lib/config (the environment), so lib/config must not import lib/db.
    const [result] = await eslint.lintText(`export { db } from "../db/client";`, { filePath: "lib/config/probe.ts" });
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: "factmark/no-lib-folder-cycles", message: expect.stringContaining("lib/config → lib/db → lib/config (through lib/db/client.ts)") }),
    ]);
    expect(await ruleIds(`export { environment } from "../config/environment";`, "lib/db/probe.ts")).toEqual([]);
  });

  it("a transaction opened anywhere but the write path (lib/changes) and lib/db, tests included", async () => {
    const code = `import { db } from "@/lib/db/client";\nexport const run = () => db.$transaction(async () => 1);\nexport const batch = () => db["$transaction"]([]);\n`;
    for (const filePath of ["lib/annotations/probe.ts", "app/api/probe/route.ts", "scripts/probe.ts", "tests/probe.test.ts", "lib/annotations/probe.test.ts"]) {
      expect(await ruleIds(code, filePath), filePath).toEqual(["factmark/transactions-on-the-write-path", "factmark/transactions-on-the-write-path"]);
    }
    for (const filePath of ["lib/changes/probe.ts", "lib/db/probe.ts"]) expect(await ruleIds(code, filePath), filePath).toEqual([]);
  });

  it("an audit record written beside the write path", async () => {
    expect(await ruleIds(`export { activityInsert } from "../activity/record-activity";`, "lib/annotations/probe.ts")).toContain("no-restricted-imports");
    expect(await ruleIds(`import { db } from "../db/client";\nexport const forge = () => db.activity.create({ data: {} as never });\n`, "lib/annotations/probe.ts")).toContain(
      "no-restricted-syntax",
    );
  });
});

describe("the folder-cycle rule on a lib/ of its own", () => {
  const root = mkdtempSync(path.join(tmpdir(), "factmark-lint-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, code: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), code);
  };
  const linter = new Linter({ configType: "flat", cwd: root });
  const lint = (file: string, code: string) =>
    linter.verify(
      code,
      [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser }, plugins: { factmark }, rules: { "factmark/no-lib-folder-cycles": ["error", { root }] } }],
      { filename: path.join(root, file) },
    );

  it("finds a circle through several folders, counts type imports and re-exports, and leaves tests and one-way imports alone", () => {
    write("lib/b/two.ts", `export { three } from "../c/three";\n`);
    write("lib/c/three.ts", `import type { One } from "@/lib/a/one";\nexport const three = (one: One) => one;\n`);
    write("lib/a/one.ts", `export type One = string;\n`);
    write("lib/d/four.ts", `import { two } from "../a/one";\nexport { two };\n`);
    write("lib/a/one.test.ts", `import { four } from "../d/four";\n`);

    const messages = lint("lib/a/one.ts", `import { three } from "../b/two";\nexport type One = string;\nexport { three };\n`);
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining("lib/a → lib/b → lib/c → lib/a (through lib/b/two.ts, lib/c/three.ts)")]);
    expect(lint("lib/a/one.ts", `export type One = string;\n`)).toEqual([]);
    // lib/d → lib/a is one way: lib/a's test importing lib/d makes no circle.
    expect(lint("lib/d/four.ts", `import { two } from "../a/one";\nexport { two };\n`)).toEqual([]);
    expect(lint("lib/a/one.test.ts", `import { four } from "../d/four";\n`)).toEqual([]);
  });
});
