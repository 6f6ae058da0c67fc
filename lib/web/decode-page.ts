import { FetchProblem } from "./fetch-problem";

/** Windows-1252's characters at 0x80–0x9F (the rest of its bytes are Latin-1's code points). */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252, which the web also means by "ISO-8859-1", "latin1" and "ASCII". Written here
 * because Node 20's TextDecoder reads it as Latin-1, turning curly quotes and dashes into
 * invisible control characters.
 */
function decodeWindows1252(body: Buffer): string {
  let text = "";
  for (let i = 0; i < body.length; i += 8192) {
    const chunk = body.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : byte)));
  }
  return text;
}

/** The charset a page names for itself in its first bytes: `<meta charset>` or the http-equiv form. */
function metaCharset(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * A page's bytes as text, in the character set it declares: its byte-order mark first, then the
 * header's charset, then a `<meta>` in its first 4 KB (HTML only), else UTF-8. ISO-8859-1 is
 * read as Windows-1252, as browsers do. Bytes that are not valid in that character set are
 * refused with a message rather than archived as replacement characters.
 */
export function decodePage(body: Buffer, declared: string | null, html: boolean): { text: string; charset: string } {
  let label = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? "utf-8" : declared ?? (html ? metaCharset(body.subarray(0, 4096).toString("latin1")) : null) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
    if (decoder.encoding === "windows-1252") return { text: decodeWindows1252(body), charset: "windows-1252" };
  } catch {
    label = "utf-8";
    decoder = new TextDecoder(label, { fatal: true });
  }
  try {
    return { text: decoder.decode(body), charset: decoder.encoding };
  } catch {
    throw new FetchProblem("refused", `The page's text is not valid ${decoder.encoding.toUpperCase()}, the character set it declares, so it cannot be archived faithfully.`);
  }
}
