import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import axe from "axe-core";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** WCAG 2.2 AA as axe-core tags it: levels A and AA of 2.0, 2.1 and 2.2. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's rules whose outcome depends on colour, the only thing the dark theme changes. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** Where each page's pictures are kept after a run (git-ignored); attached to the test as well. */
export const SCREENSHOTS = path.join(process.cwd(), "test-reports", "screenshots");

/** The narrowest width WCAG's reflow asks for (1.4.10), and a 1280 px window at 200 % zoom. */
const REFLOW_WIDTHS = [320, 640];

export interface AuditOptions {
  /** Also screenshot and check reflow at 320 px (and 640 px, a 1280 px window at 200 % zoom). */
  reflow?: boolean;
  /** Only this part (a CSS selector): for a state of a page already checked whole, such as an open dialog. */
  within?: string;
}

/**
 * Text laid out a few letters to a line (a grid or flex column squeezed by its neighbours): the
 * page does not scroll sideways, yet nobody can read it. Runs in the page; names what it finds.
 */
function findSqueezedText(): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>("body *")) {
    const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? "").join("").trim();
    if (own.length < 8) continue;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    if (box.width > 0 && box.width < 48 && box.height > 3 * line) found.push(`${element.tagName.toLowerCase()} “${own.slice(0, 30)}” ${Math.round(box.width)} px wide`);
  }
  return found.slice(0, 4);
}

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string; failureSummary?: string }[];
}

/**
 * axe-core's violations on the page as it is now (in `within` only, when given). axe is put into
 * a document once and run there as often as asked: @axe-core/playwright sent its 650 kB anew
 * three times a run, twice into the page and once into a blank page it opened to merge the
 * frames' results, which the app's pages do not need: they have no frames.
 */
async function violationsOf(page: Page, runOnly: { type: "rule" | "tag"; values: string[] }, within?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ runOnly, within }) => {
      if (document.querySelector("iframe")) throw new Error("The page holds a frame, which this audit does not look into.");
      const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(within ? { include: [within] } : document, {
        runOnly,
        // Details of the rules that passed are left out (one node each instead of every node): the
        // violations are the same, and a long page's passes were a tenth of the sweep's CPU.
        resultTypes: ["violations"],
      });
      return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 5).map((node) => ({ target: node.target.join(" "), failureSummary: node.failureSummary })) }));
    },
    { runOnly, within },
  );
}

/**
 * Collects every page's problems and reports them all at the end of the test, so one run lists
 * every violation on every page rather than the first one.
 */
export class Audit {
  private readonly problems: string[] = [];

  constructor(private readonly testInfo: TestInfo) {}

  /**
   * Runs axe on the page as it is now, in the light theme and in the dark one, and takes a
   * screenshot of each; with `reflow`, narrows the window and checks that nothing scrolls sideways.
   */
  async check(page: Page, name: string, options: AuditOptions = {}): Promise<void> {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      // The dark theme changes colours only: its pass runs the rules about colour, which halves the time.
      const violations = await violationsOf(page, colorScheme === "dark" ? { type: "rule", values: COLOUR_RULES } : { type: "tag", values: WCAG_TAGS }, options.within);
      for (const violation of violations) {
        const nodes = violation.nodes.map((node) => `      ${node.target}: ${node.failureSummary?.replace(/\s+/g, " ")}`);
        await this.problem(`${name} (${colorScheme}): ${violation.id} (${violation.impact}) ${violation.help}\n${nodes.join("\n")}`);
      }
      await this.screenshot(page, `${name}-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });
    if (options.reflow) await this.reflow(page, name);
  }

  /** Fails the test with every problem found, page by page. */
  finish(): void {
    expect(this.problems, this.problems.join("\n")).toEqual([]);
  }

  /** Kept, and written down at once too (test-reports/accessibility.txt), so a run cut short still lists what it found. */
  private async problem(text: string) {
    this.problems.push(text);
    await mkdir(path.dirname(SCREENSHOTS), { recursive: true });
    await appendFile(path.join(path.dirname(SCREENSHOTS), "accessibility.txt"), `${text}\n`);
  }

  private async reflow(page: Page, name: string) {
    const size = page.viewportSize();
    if (!size) throw new Error("The page has no fixed viewport to narrow.");
    for (const width of REFLOW_WIDTHS) {
      await page.setViewportSize({ width, height: size.height });
      const overflow = await page.evaluate(() => {
        const scroller = document.scrollingElement!;
        if (scroller.scrollWidth <= window.innerWidth) return null;
        // Name what sticks out, to fix it without guessing.
        const wide = [...document.querySelectorAll("body *")]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          // What sticks out inside a box that scrolls on its own (a wide table) does not move the page.
          .filter((element) => ![...document.querySelectorAll("body *")].some((box) => box !== element && box.contains(element) && getComputedStyle(box).overflowX !== "visible"))
          .slice(0, 4)
          .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""}`);
        return `${scroller.scrollWidth} px wide (${wide.join(", ")})`;
      });
      if (overflow) await this.problem(`${name} at ${width} px: the page scrolls sideways, ${overflow}`);
      const squeezed = await page.evaluate(findSqueezedText);
      if (squeezed.length) await this.problem(`${name} at ${width} px: text squeezed into a column a few letters wide, ${squeezed.join(", ")}`);
      if (width === 320) await this.screenshot(page, `${name}-320px`);
    }
    await page.setViewportSize(size);
  }

  private async screenshot(page: Page, name: string, fullPage = false) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await mkdir(SCREENSHOTS, { recursive: true });
    const picture = await page.screenshot({ fullPage, animations: "disabled" });
    await writeFile(file, picture);
    // Attached by its file: a body would go to the runner as base64 and into test-reports/e2e.json.
    await this.testInfo.attach(name, { path: file, contentType: "image/png" });
  }
}
