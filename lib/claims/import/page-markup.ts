import { Parser } from "htmlparser2";

/**
 * The JSON-LD blocks of a page (`<script type="application/ld+json">`), each parsed; a block that
 * is not valid JSON is passed over, as search engines do (pages often carry one broken block
 * beside good ones). Nothing on the page runs: it is only read.
 */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks: string[] = [];
  let inside = false;
  let text = "";
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        inside = name === "script" && (attributes.type ?? "").trim().toLowerCase().split(";")[0] === "application/ld+json";
        text = "";
      },
      ontext(chunk) {
        if (inside) text += chunk;
      },
      onclosetag(name) {
        if (name === "script" && inside) blocks.push(text);
        inside = false;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return blocks.flatMap((block) => {
    try {
      return [JSON.parse(block.trim().replace(/^<!--|-->$/g, ""))];
    } catch {
      return [];
    }
  });
}
