import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Keeps the article's words unchangeable while leaving the editor editable: with
 * `editable: false` ProseMirror does not reliably carry the browser's selection into its state,
 * and people must be able to select text to annotate it. Every change to the document (typing,
 * paste, drop, cut) is refused; selections and decorations still flow.
 */
export const ReadOnlyText = Extension.create({
  name: "readOnlyText",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyText"),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleDrop: () => true,
          handlePaste: () => true,
        },
      }),
    ];
  },
});
