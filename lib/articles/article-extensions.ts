import { getSchema, type AnyExtension } from "@tiptap/core";
import StarterKit, { type StarterKitOptions } from "@tiptap/starter-kit";

/**
 * What an article's document may hold, once, for the reading editor, the correction editor and
 * the server's check of a correction: paragraphs, headings (levels 1–3), bullet and numbered
 * lists, quotes, line breaks and plain text. No marks: an article keeps its words, not its styling.
 */
export const ARTICLE_CONTENT: Partial<StarterKitOptions> = {
  bold: false,
  italic: false,
  strike: false,
  code: false,
  underline: false,
  link: false,
  codeBlock: false,
  horizontalRule: false,
  heading: { levels: [1, 2, 3] },
};

/** The article's extensions, with an editor's own behaviour (undo, cursors…) on top. */
export function articleExtensions(behaviour: Partial<StarterKitOptions> = {}): AnyExtension[] {
  return [StarterKit.configure({ ...ARTICLE_CONTENT, ...behaviour })];
}

/** The ProseMirror schema those extensions make: what the server checks a correction against. */
export const articleSchema = getSchema(articleExtensions());
