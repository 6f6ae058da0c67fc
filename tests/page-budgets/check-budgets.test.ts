import { describe, expect, it } from "vitest";
import budgets from "../../e2e/page-budgets.json" with { type: "json" };
import { budgetFrom, overBudget } from "./check-budgets";

describe("page byte budgets", () => {
  it("passes pages within their budgets", () => {
    expect(overBudget({ article: { html: 10_000, js: 90_000 } }, { article: { html: 10_240, js: 90_112 } })).toEqual([]);
  });

  it("names the page, the size and the budget when a page grows past it", () => {
    const inflated = { ...budgets.article, html: budgets.article.html + 1 };
    const problems = overBudget({ article: inflated }, budgets);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("article: HTML");
    expect(problems[0]).toContain(`${inflated.html} bytes`);
    expect(problems[0]).toContain(`budget of ${(budgets.article.html / 1024).toFixed(1)} KiB (${budgets.article.html} bytes)`);
  });

  it("checks the JavaScript as well as the HTML, and refuses a page with no budget", () => {
    const problems = overBudget({ ledger: { html: 1, js: budgets.ledger.js * 2 }, unknown: { html: 1, js: 1 } }, budgets);
    expect(problems).toEqual([expect.stringMatching(/^ledger: JavaScript is .* over its budget/), expect.stringMatching(/^unknown: no budget/)]);
  });

  it("sets a budget 10 % above a measured page, in whole KiB", () => {
    expect(budgetFrom({ html: 20_000, js: 100_000 })).toEqual({ html: 22_528, js: 110_592 });
  });
});
