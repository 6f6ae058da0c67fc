import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { reviewAnnotation } from "../review/review-annotation";
import { sourceCreateSchema } from "../validation/annotation-schemas";
import { loadReport } from "./report-data";
import { csvField } from "./to-csv";
import { markdownLinkTarget, toMarkdown } from "./to-markdown";

afterAll(() => db.$disconnect());

describe("source URLs in the Markdown report (security review, item 10)", () => {
  it("stores the parsed address, so spaces, quotes and angle brackets arrive encoded", () => {
    const parsed = sourceCreateSchema.parse({ url: "https://example.org/a b<script>\"x\"", relation: "SUPPORTS" });
    expect(parsed.url).toBe("https://example.org/a%20b%3Cscript%3E%22x%22");
  });

  it("writes link targets that cannot close the link or start HTML, and no link for other schemes", () => {
    expect(markdownLinkTarget("https://example.org/x) [evil](javascript:alert(1)")).toBe(
      "https://example.org/x%29%20%5Bevil%5D%28javascript:alert%281%29",
    );
    expect(markdownLinkTarget("https://example.org/<img src=x onerror=alert(1)>")).not.toMatch(/[<>() ]/);
    expect(markdownLinkTarget("javascript:alert(1)")).toBeNull();
    expect(markdownLinkTarget("not a url")).toBeNull();
  });

  it("an old row holding a raw address is still written harmlessly", async () => {
    const article = await createArticle(["The NSA recorded 70.3 million pieces of data."]);
    const author = await createUser("ANNOTATOR");
    const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start: 17, end: 29, exact: "70.3 million" });
    await addSource(author, annotation.id, { url: "https://example.org/", relation: "SUPPORTS", title: "Le Monde", publisher: "", excerpt: "" });
    // As a row written before addresses were stored parsed.
    await db.source.updateMany({ where: { annotationId: annotation.id }, data: { url: "https://example.org/x) <b>bold</b> [x](javascript:alert(1)" } });
    const report = await loadReport(author, { type: "article", id: article.id }, "all");
    const markdown = [...toMarkdown(report)].join("");
    const line = markdown.split("\n").find((l) => l.startsWith("- Source"))!;
    expect(line).toBe("- Source (supports): [Le Monde](<https://example.org/x%29%20%3Cb%3Ebold%3C/b%3E%20%5Bx%5D%28javascript:alert%281%29>)");
  });
});

describe("CSV formulas after a separator (security review, item 11)", () => {
  it("quotes a field holding ';' and neutralises a formula start after any separator", () => {
    expect(csvField("a;=HYPERLINK(\"http://evil\")")).toBe("\"a;'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("one\t+cmd")).toBe("\"one\t'+cmd\"");
    expect(csvField("x,@SUM(A1)")).toBe("\"x,'@SUM(A1)\"");
    expect(csvField("plain text")).toBe("plain text");
  });
});

describe("corroborations in the approved report (security review, item 15)", () => {
  it("shows only approved corroborating annotations, in both directions", async () => {
    const article = await createArticle(["Le Monde said 70.3 million calls were recorded; the White House called it distorted."]);
    const author = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const at = (quote: string) => ({ start: article.text.indexOf(quote), end: article.text.indexOf(quote) + quote.length, exact: quote });
    const claim = await createAnnotation(author, article.id, { kind: "CLAIM", ...at("Le Monde said") });
    const figure = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
    const denial = await createAnnotation(author, article.id, { kind: "DENIAL", ...at("distorted") });
    const linked = await addSource(author, claim.id, { linkedAnnotationId: figure.id, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" });
    await addSource(author, denial.id, { linkedAnnotationId: claim.id, relation: "REFUTES", title: "", publisher: "", excerpt: "" });
    await reviewAnnotation(author, claim.id, { action: "SUBMIT", version: linked.version });
    await reviewAnnotation(editor, claim.id, { action: "APPROVE", version: linked.version + 1, verdict: { kind: "CLAIM", rating: "TRUE" } });

    const approved = await loadReport(editor, { type: "article", id: article.id }, "approved");
    expect(approved.entries.map((e) => e.quote)).toEqual(["Le Monde said"]);
    expect(approved.entries[0].corroborations).toEqual([]);
    const everything = await loadReport(editor, { type: "article", id: article.id }, "all");
    expect(everything.entries.find((e) => e.id === claim.id)!.corroborations.map((c) => c.quote).sort()).toEqual(["70.3 million", "distorted"]);
  });
});
