import { openSync, type Font, type Subset } from "fontkit";
import { deflateSync } from "node:zlib";

interface GlyphInfo {
  /** The glyph's id in the embedded subset, which is also its CID (CIDToGIDMap Identity). */
  cid: number;
  /** Advance in thousandths of the font size. */
  width: number;
  codePoint: number;
}

/**
 * A TrueType font embedded as a subset (Type0, Identity-H), measured per character. Text is not
 * shaped: no kerning or ligatures, which a report does not need, and which is what made a
 * general layout engine slow. A ToUnicode map keeps the text selectable and searchable.
 */
export class PdfFont {
  private readonly font: Font;
  private readonly subset: Subset;
  private readonly glyphs = new Map<number, GlyphInfo>();
  readonly tag: string;

  constructor(
    file: string,
    readonly resourceName: string,
  ) {
    this.font = openSync(file);
    this.subset = this.font.createSubset();
    // A subset's name carries six capitals that differ between the fonts of one file.
    this.tag = `${resourceName.replace(/[^A-Z]/gi, "").toUpperCase().padEnd(6, "A").slice(0, 6)}+${this.font.postscriptName}`;
  }

  private glyph(codePoint: number): GlyphInfo {
    let info = this.glyphs.get(codePoint);
    if (!info) {
      const glyph = this.font.glyphForCodePoint(codePoint);
      info = { cid: this.subset.includeGlyph(glyph.id), width: (glyph.advanceWidth * 1000) / this.font.unitsPerEm, codePoint };
      this.glyphs.set(codePoint, info);
    }
    return info;
  }

  /** Width of `text` in points at `size`. */
  width(text: string, size: number): number {
    let total = 0;
    for (const char of text) total += this.glyph(char.codePointAt(0)!).width;
    return (total * size) / 1000;
  }

  /** The text as a PDF hex string of CIDs, for Tj. */
  encode(text: string): string {
    let hex = "";
    for (const char of text) hex += this.glyph(char.codePointAt(0)!).cid.toString(16).padStart(4, "0");
    return `<${hex}>`;
  }

  /** The font's objects, given a function that adds an object and returns its number. */
  embed(add: (dictionary: string, stream?: Buffer, id?: number) => number, fontRef: number): void {
    const used = [...this.glyphs.values()].sort((a, b) => a.cid - b.cid);
    const program = Buffer.from(this.subset.encode());
    const fontFile = add(`<< /Length1 ${program.length} /Filter /FlateDecode`, deflateSync(program));
    const scale = 1000 / this.font.unitsPerEm;
    const { bbox } = this.font;
    const descriptor = add(
      `<< /Type /FontDescriptor /FontName /${this.tag} /Flags 32 /FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)).join(" ")}]` +
        ` /ItalicAngle ${this.font.italicAngle} /Ascent ${Math.round(this.font.ascent * scale)} /Descent ${Math.round(this.font.descent * scale)}` +
        ` /CapHeight ${Math.round((this.font.capHeight || this.font.ascent) * scale)} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
    );
    const widths = used.map((g) => `${g.cid} [${Math.round(g.width)}]`).join(" ");
    const cidFont = add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${this.tag} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
        ` /FontDescriptor ${descriptor} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
    );
    const toUnicode = add("<< /Filter /FlateDecode", deflateSync(Buffer.from(toUnicodeCMap(used))));
    add(`<< /Type /Font /Subtype /Type0 /BaseFont /${this.tag} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`, undefined, fontRef);
  }
}

function utf16Hex(codePoint: number): string {
  return Array.from(String.fromCodePoint(codePoint), (unit) => unit.charCodeAt(0).toString(16).padStart(4, "0")).join("");
}

function toUnicodeCMap(glyphs: GlyphInfo[]): string {
  const lines: string[] = [];
  // bfchar blocks hold at most 100 entries each.
  for (let i = 0; i < glyphs.length; i += 100) {
    const block = glyphs.slice(i, i + 100);
    lines.push(`${block.length} beginbfchar`, ...block.map((g) => `<${g.cid.toString(16).padStart(4, "0")}> <${utf16Hex(g.codePoint)}>`), "endbfchar");
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <ffff>",
    "endcodespacerange",
    ...lines,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}
