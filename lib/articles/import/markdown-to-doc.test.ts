import { describe, expect, it } from "vitest";
import { buildTextIndex } from "../../anchoring/text-index";
import { markdownToDoc } from "./markdown-to-doc";

describe("markdownToDoc", () => {
  it("reads headings, paragraphs, lists and quotes, keeping link text", () => {
    const doc = markdownToDoc("# Title\n\nFirst line\nsame paragraph with [a link](https://x.example).\n\n- one\n- **two**\n\n> quoted\n\n1. first");
    expect(buildTextIndex(doc).text).toBe("Title\n\nFirst line same paragraph with a link.\n\none\n\ntwo\n\nquoted\n\nfirst");
    expect(doc.content?.map((b) => b.type)).toEqual(["heading", "paragraph", "bulletList", "blockquote", "orderedList"]);
  });
});

describe("markdown import of adversarial input", () => {
  // The import limit is 2 MB; the old link patterns took about 45 minutes on some of these.
  const size = 2_000_000;
  const cases: [string, string][] = [
    ["open brackets", "[".repeat(size)],
    ["image openers", "![".repeat(size / 2)],
    ["unclosed links", "[a](".repeat(size / 4)],
    ["emphasis runs", "*_".repeat(size / 2)],
    ["backticks", "`a".repeat(size / 2)],
    ["nested quotes", ">".repeat(size)],
    ["nested lists", Array.from({ length: 20_000 }, (_, i) => `${" ".repeat(Math.min(i, 400))}- item`).join("\n")],
    ["nested HTML", "<div>".repeat(size / 5)],
  ];
  it.each(cases)("markdown import of %s at the maximum size finishes within a few seconds", (_name, source) => {
    // Counted in this process's CPU time, not on the wall clock: other work on the machine (other
    // test files, a build) cannot make it fail.
    const before = process.cpuUsage();
    const doc = markdownToDoc(source);
    const { user, system } = process.cpuUsage(before);
    // A generous budget: linear work takes a few seconds at most here; quadratic work takes minutes.
    expect((user + system) / 1_000).toBeLessThan(15_000);
    expect(doc.type).toBe("doc");
    // The wall clock only guards against a hang: on cores shared with a build and three other
    // test files, 15 s of this process's CPU can take more than the default 30 s to get.
  }, 120_000);
});
