/**
 * Maps between offsets in an article's canonical text and positions in its ProseMirror document.
 *
 * The canonical text is the text of every textblock joined by "\n\n", counted in UTF-16 code
 * units, which is also how ProseMirror counts positions inside text, so within one block the two
 * differ by a constant. Works on the document's JSON so the server and the browser share it.
 */

export interface JsonNode {
  type: string;
  text?: string;
  content?: JsonNode[];
}

export interface TextBlock {
  /** Offset of the block's first character in the canonical text. */
  offset: number;
  /** ProseMirror position of the block's first character. */
  pos: number;
  length: number;
}

export interface TextIndex {
  text: string;
  blocks: TextBlock[];
}

export const BLOCK_SEPARATOR = "\n\n";

const TEXTBLOCKS = new Set(["paragraph", "heading", "codeBlock"]);
/** Inline leaves count one position each; a hard break reads as a line break. */
const INLINE_LEAVES: Record<string, string> = { hardBreak: "\n" };

function inlineText(node: JsonNode): string {
  return (node.content ?? []).map((child) => child.text ?? INLINE_LEAVES[child.type] ?? "\uFFFC").join("");
}

function nodeSize(node: JsonNode): number {
  if (node.text !== undefined) return node.text.length;
  if (!node.content && INLINE_LEAVES[node.type] !== undefined) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

export function buildTextIndex(doc: JsonNode): TextIndex {
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  const visit = (children: JsonNode[], contentStart: number) => {
    let pos = contentStart;
    for (const child of children) {
      if (TEXTBLOCKS.has(child.type)) {
        const text = inlineText(child);
        if (blocks.length) offset += BLOCK_SEPARATOR.length;
        blocks.push({ offset, pos: pos + 1, length: text.length });
        parts.push(text);
        offset += text.length;
      } else if (child.content) {
        visit(child.content, pos + 1);
      }
      pos += nodeSize(child);
    }
  };
  visit(doc.content ?? [], 0);
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}

/** Index of the last block whose `key` is at or before `value` (0 when none is). */
function lastBlockAtOrBefore(blocks: TextBlock[], key: "offset" | "pos", value: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid][key] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The block holding `offset`; an offset inside a separator belongs to the next block or the previous one. */
function blockForOffset(index: TextIndex, offset: number, side: "start" | "end"): TextBlock | undefined {
  const { blocks } = index;
  const low = lastBlockAtOrBefore(blocks, "offset", offset);
  const block = blocks[low];
  if (!block) return undefined;
  if (offset > block.offset + block.length && side === "start") return blocks[low + 1] ?? block;
  return block;
}

/**
 * Document position for a canonical-text offset. An offset that falls between two blocks goes to
 * the start of the next block when it starts a range, and to the end of the previous one when it
 * ends a range, so a range never covers the gap alone.
 */
export function offsetToPos(index: TextIndex, offset: number, side: "start" | "end" = "start"): number {
  const block = blockForOffset(index, offset, side);
  if (!block) return 0;
  const within = Math.min(Math.max(offset - block.offset, 0), block.length);
  return block.pos + within;
}

/** Canonical-text offset for a document position (positions between blocks snap like offsetToPos). */
export function posToOffset(index: TextIndex, pos: number, side: "start" | "end" = "start"): number {
  const { blocks } = index;
  const low = lastBlockAtOrBefore(blocks, "pos", pos);
  const block = blocks[low];
  if (!block) return 0;
  if (pos > block.pos + block.length) {
    const next = blocks[low + 1];
    return side === "start" && next ? next.offset : block.offset + block.length;
  }
  if (pos < block.pos) return block.offset;
  return block.offset + (pos - block.pos);
}
