import { expect, type Page } from "@playwright/test";

/** Opens an article (`page` already signed in) and waits until its text can be selected. */
export async function openArticle(page: Page, article: { id: string }, title: string) {
  await page.goto(`/articles/${article.id}`);
  await articleReady(page, title);
}

/**
 * Waits until the article open in `page` shows its title, its text can be selected and its
 * suggestions are found: the list of them grows above the annotations' list when they arrive, and
 * a click aimed at an annotation just then lands on whatever took its place.
 */
export async function articleReady(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("[data-editor-ready] .ProseMirror")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Finding figures, claims and denials" })).toHaveCount(0);
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
      // The editor takes a new selection when the browser announces it (selectionchange, which its
      // own listener hears first): a key pressed before that would act on the old selection.
      const taken = new Promise<void>((resolve) => document.addEventListener("selectionchange", () => resolve(), { once: true }));
      const current = selection.rangeCount ? selection.getRangeAt(0) : null;
      const same = current && current.compareBoundaryPoints(Range.START_TO_START, range) === 0 && current.compareBoundaryPoints(Range.END_TO_END, range) === 0;
      selection.removeAllRanges();
      selection.addRange(range);
      return same ? undefined : taken;
    },
    [from, to] as const,
  );
  const editor = page.getByRole("textbox", { name: editorName, exact: true });
  await expect(editor).toBeFocused();
  if (editorName === "Article text") await expect(page.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
}

/**
 * The words painted as annotations of `kind` in the article, one entry per annotation in document
 * order, read from the page's registered highlights (CSS Custom Highlight API). A span that
 * crosses paragraphs reads as its paragraphs' parts joined by a line break.
 */
export function highlighted(page: Page, kind: "claim" | "figure" | "denial" | "selected"): Promise<string[]> {
  return page.evaluate((name) => {
    const ranges = [name, `${name}-nested`].flatMap((key) => [...((CSS.highlights.get(key) as Set<AbstractRange> | undefined) ?? [])] as Range[]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || b.compareBoundaryPoints(Range.END_TO_END, a));
    return ranges.map((range) => {
      const parts = new Map<Element, string>();
      const root = range.commonAncestorContainer;
      const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!range.intersectsNode(node)) continue;
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.data.length;
        const block = node.parentElement!.closest("p, h1, h2, h3, h4, li, blockquote, pre")!;
        parts.set(block, (parts.get(block) ?? "") + node.data.slice(from, to));
      }
      return [...parts.values()].filter(Boolean).join("\n");
    });
  }, `fm-${kind}`);
}

/** Clicks the middle of the first occurrence of `words` in the article, as a person would. */
export async function clickWords(page: Page, words: string) {
  const locate = () => page.getByRole("textbox", { name: "Article text", exact: true }).evaluate(async (root, phrase) => {
    // Measured after the next frame: a panel that just opened or closed may still reflow the text.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      let rect = range.getClientRects()[0];
      // A person scrolls to words below the window before clicking them; a click there would land nowhere.
      if (rect.top < 0 || rect.bottom > window.innerHeight) {
        node.parentElement!.scrollIntoView({ block: "center" });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        rect = range.getClientRects()[0];
      }
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`text not found: ${phrase}`);
  }, words);
  // Clicked where the words are once two measurements agree, so a reflow cannot move them away under the pointer.
  let point = await locate();
  for (let again = await locate(); again.x !== point.x || again.y !== point.y; again = await locate()) point = again;
  await page.mouse.click(point.x, point.y);
}

/** Whether the open annotation's highlighted words are inside the window. */
export function selectedIsInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [range] = [...((CSS.highlights.get("fm-selected") as Set<AbstractRange> | undefined) ?? [])] as Range[];
    const box = range?.getBoundingClientRect();
    return Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight);
  });
}
