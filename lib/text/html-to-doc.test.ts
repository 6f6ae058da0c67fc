import { describe, expect, it } from "vitest";
import { buildTextIndex } from "../anchoring/text-index";
import { htmlToDoc } from "./html-to-doc";

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

  it("deeply nested HTML keeps its text instead of overflowing the stack", () => {
    const doc = htmlToDoc(`${"<blockquote>".repeat(50_000)}deep words${"</blockquote>".repeat(50_000)}`);
    expect(buildTextIndex(doc).text).toBe("deep words");
  });
});
