/**
 * Writes a PDF file object by object, streaming each to `out` as soon as it is complete, and
 * ends with the cross-reference table that a reader needs to find them.
 */
export class PdfWriter {
  private readonly offsets: number[] = [];
  private position = 0;
  private next = 1;

  constructor(private readonly out: (chunk: Buffer) => void) {
    // The second line's high bytes tell transfer tools the file is binary.
    this.write(Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1"));
  }

  private write(chunk: Buffer) {
    this.out(chunk);
    this.position += chunk.length;
  }

  /** An object number to refer to now and write later. */
  reserve(): number {
    return this.next++;
  }

  /**
   * Writes object `id` (a new one unless given). With a stream, `dictionary` is left open
   * ("<< /Filter …") and the writer adds its /Length and closes it.
   */
  add(dictionary: string, stream?: Buffer, id = this.reserve()): number {
    this.offsets[id] = this.position;
    if (stream === undefined) {
      this.write(Buffer.from(`${id} 0 obj\n${dictionary}\nendobj\n`, "latin1"));
    } else {
      this.write(Buffer.from(`${id} 0 obj\n${dictionary} /Length ${stream.length} >>\nstream\n`, "latin1"));
      this.write(stream);
      this.write(Buffer.from("\nendstream\nendobj\n", "latin1"));
    }
    return id;
  }

  /** The cross-reference table and trailer; nothing may be added after. */
  end(root: number, info: number): void {
    const start = this.position;
    const rows = [`xref\n0 ${this.next}\n`, "0000000000 65535 f \n"];
    for (let id = 1; id < this.next; id++) {
      if (this.offsets[id] === undefined) throw new Error(`PDF object ${id} was reserved but never written.`);
      rows.push(`${String(this.offsets[id]).padStart(10, "0")} 00000 n \n`);
    }
    rows.push(`trailer\n<< /Size ${this.next} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${start}\n%%EOF\n`);
    this.write(Buffer.from(rows.join(""), "latin1"));
  }
}

/** Text for the document's metadata as a UTF-16 hex string, so any character survives. */
export function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex}>`;
}
