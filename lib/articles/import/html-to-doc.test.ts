import { describe, expect, it } from "vitest";
import { buildTextIndex } from "../../anchoring/text-index";
import { htmlToDoc } from "./html-to-doc";
import { markdownToDoc } from "./markdown-to-doc";

describe("htmlToDoc", () => {
  it("keeps paragraphs, headings, lists and quotes, and loses scripts, styles, iframes, handlers and images", () => {
    const html = `<!doctype html><html><head><title>Site</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body onload="steal()"><nav>Home | World</nav><h1>Obama assures Hollande</h1>
      <p>The NSA recorded <b>70.3&nbsp;million</b> pieces of data.<img src="https://tracker.example/x.png" onerror="alert(1)"></p>
      <iframe src="https://ads.example"></iframe>
      <blockquote><p>“Some of which have distorted our activities”</p></blockquote>
      <ul><li>Paris</li><li>Washington <a href="javascript:alert(1)">link</a></li></ul>
      <div>Line one<br>Line two</div><script>document.cookie</script></body></html>`;
    const doc = htmlToDoc(html);
    expect(doc).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Obama assures Hollande" }] },
        { type: "paragraph", content: [{ type: "text", text: "The NSA recorded 70.3\u00a0million pieces of data." }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "“Some of which have distorted our activities”" }] }] },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Paris" }] }] },
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Washington link" }] }] },
          ],
        },
        { type: "paragraph", content: [{ type: "text", text: "Line one" }] },
        { type: "paragraph", content: [{ type: "text", text: "Line two" }] },
      ],
    });
    const { text } = buildTextIndex(doc);
    expect(text).not.toMatch(/alert|cookie|color|Home/);
  });
});

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
  });

  it("deeply nested HTML keeps its text instead of overflowing the stack", () => {
    const doc = htmlToDoc(`${"<blockquote>".repeat(50_000)}deep words${"</blockquote>".repeat(50_000)}`);
    expect(buildTextIndex(doc).text).toBe("deep words");
  });
});
