import { describe, expect, it } from "vitest";
import { noteToPlainText, sanitizeNote } from "./note-html";

describe("sanitizeNote", () => {
  it("keeps the editor's set: paragraphs, bold, italic, links and bullet lists", () => {
    const html = '<p><strong>a</strong> <em>b</em> <a href="https://x.example/">c</a></p><ul><li><p>d</p></li></ul>';
    expect(sanitizeNote(html)).toBe(
      '<p><strong>a</strong> <em>b</em> <a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">c</a></p><ul><li><p>d</p></li></ul>',
    );
  });

  it("unwraps links that are not web or mail, and drops scripts, styles, images and handlers", () => {
    expect(sanitizeNote('<a href="javascript:alert(1)">x</a><a href="data:text/html,1">y</a><style>p{}</style><img src=x onerror=alert(1)><p onmouseover="z()">ok</p>')).toBe(
      "xy<p>ok</p>",
    );
    expect(sanitizeNote('<a href="JaVaScRiPt:alert(1)">z</a> <a href="https://ok.example">ok</a>')).toBe(
      'z <a href="https://ok.example" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    );
  });

  it("stores an empty editor as no note", () => {
    expect(sanitizeNote("<p></p>")).toBe("");
    expect(sanitizeNote("<p> </p><script>x</script>")).toBe("");
  });

  it("reads as plain text for lists and exports", () => {
    expect(noteToPlainText("<p>a &amp; b</p><ul><li><p>c</p></li></ul>")).toBe("a & b c");
  });
});
