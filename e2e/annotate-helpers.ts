import { expect, type Page } from "@playwright/test";

export const HOLLANDE = "Obama assures French leader Hollande over NSA spying reports";

export async function openArticle(page: Page, title: string) {
  await page.goto("/");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
}

/**
 * Selects text in the article as a person dragging the mouse would: from the first occurrence
 * of `from` to the end of the first occurrence of `to` after it (or of `from` itself).
 */
export async function selectText(page: Page, from: string, to?: string, editorName = "Article text") {
  await page.getByRole("textbox", { name: editorName, exact: true }).evaluate(
    (root, [fromText, toText]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const full = nodes.map((n) => n.data).join("");
      const start = full.indexOf(fromText);
      const endText = toText ?? fromText;
      const endStart = full.indexOf(endText, start);
      if (start < 0 || endStart < 0) throw new Error(`text not found: ${fromText} / ${endText}`);
      const end = endStart + endText.length;
      const locate = (offset: number, preferEnd: boolean) => {
        let seen = 0;
        for (const node of nodes) {
          const within = offset - seen;
          if (within < node.data.length || (preferEnd && within === node.data.length)) return { node, offset: within };
          seen += node.data.length;
        }
        throw new Error("offset out of range");
      };
      const a = locate(start, false);
      const b = locate(end, true);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      (root as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to] as const,
  );
  if (editorName === "Article text") await expect(page.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
}

export function highlight(page: Page, kind: "claim" | "figure" | "denial") {
  return page.getByRole("textbox", { name: "Article text", exact: true }).locator(`fm-${kind}`);
}
