import { deflateSync, constants } from "node:zlib";
import type { PdfFont } from "./pdf-font";
import type { PdfWriter } from "./pdf-writer";
import { PDF_TEXT } from "./colours";

export type Rgb = readonly [number, number, number];

/** A stretch of text in one font, size and colour; a paragraph is a list of them. */
export interface Run {
  font: PdfFont;
  size: number;
  color?: Rgb;
  text: string;
}

interface Piece {
  run: Run;
  text: string;
  width: number;
}

const A4 = { width: 595.28, height: 841.89 };

/**
 * Lays paragraphs out on A4 pages: greedy line breaking at spaces (a word longer than a line is
 * broken between characters), a new page when one is full. Each finished page is compressed and
 * written at once, so a long report streams out while it is being made.
 */
export class PageLayout {
  private readonly pages: number[] = [];
  private content: string[] = [];
  private y: number;
  private readonly maxWidth: number;

  constructor(
    private readonly writer: PdfWriter,
    private readonly fonts: PdfFont[],
    private readonly fontRefs: Map<PdfFont, number>,
    private readonly pagesRef: number,
    private readonly margin = 56,
  ) {
    this.y = A4.height - margin;
    this.maxWidth = A4.width - 2 * margin;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Lays out `runs` as one paragraph; "\n" in a run's text starts a new line. */
  paragraph(runs: Run[], lineHeight = 1.3): void {
    for (const line of this.wrap(runs)) {
      const size = Math.max(...line.map((piece) => piece.run.size));
      if (this.y - size * lineHeight < this.margin) this.newPage();
      this.y -= size * lineHeight;
      this.drawLine(line, this.y + size * (lineHeight - 1));
    }
  }

  private wrap(runs: Run[]): Piece[][] {
    const lines: Piece[][] = [[]];
    let width = 0;
    const push = (run: Run, text: string, pieceWidth: number) => {
      const line = lines[lines.length - 1];
      const last = line[line.length - 1];
      if (last && last.run === run) {
        last.text += text;
        last.width += pieceWidth;
      } else {
        line.push({ run, text, width: pieceWidth });
      }
      width += pieceWidth;
    };
    const breakLine = () => {
      lines.push([]);
      width = 0;
    };
    for (const run of runs) {
      run.text.split("\n").forEach((segment, index) => {
        if (index > 0) breakLine();
        for (const word of segment.match(/\S+\s*|\s+/g) ?? []) {
          const bare = word.trimEnd();
          const wordWidth = run.font.width(word, run.size);
          if (width > 0 && width + run.font.width(bare, run.size) > this.maxWidth) breakLine();
          if (width === 0 && !bare) continue;
          if (run.font.width(bare, run.size) <= this.maxWidth) {
            push(run, word, wordWidth);
            continue;
          }
          // A word wider than the line (a long URL): break it between characters.
          for (const char of word) {
            const charWidth = run.font.width(char, run.size);
            if (width + charWidth > this.maxWidth) breakLine();
            push(run, char, charWidth);
          }
        }
      });
    }
    return lines.filter((line) => line.length > 0);
  }

  private drawLine(line: Piece[], baseline: number) {
    let x = this.margin;
    const ops = ["BT"];
    for (const piece of line) {
      const text = piece === line[line.length - 1] ? piece.text.trimEnd() : piece.text;
      const [r, g, b] = piece.run.color ?? PDF_TEXT;
      ops.push(
        `/${piece.run.font.resourceName} ${piece.run.size} Tf ${r} ${g} ${b} rg 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm ${piece.run.font.encode(text)} Tj`,
      );
      x += piece.width;
    }
    ops.push("ET");
    this.content.push(ops.join("\n"));
  }

  private newPage() {
    this.flushPage();
    this.y = A4.height - this.margin;
  }

  private flushPage() {
    const stream = deflateSync(Buffer.from(this.content.join("\n"), "latin1"), { level: constants.Z_BEST_SPEED });
    const contents = this.writer.add("<< /Filter /FlateDecode", stream);
    const fonts = this.fonts.map((font) => `/${font.resourceName} ${this.fontRefs.get(font)} 0 R`).join(" ");
    this.pages.push(
      this.writer.add(`<< /Type /Page /Parent ${this.pagesRef} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << ${fonts} >> >> /Contents ${contents} 0 R >>`),
    );
    this.content = [];
  }

  /** Writes the last page and returns every page's object number. */
  finish(): number[] {
    this.flushPage();
    return this.pages;
  }
}
