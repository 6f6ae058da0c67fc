"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";

interface Props {
  html: string;
  editable: boolean;
  onChange(html: string): void;
}

/**
 * A small rich-text editor for notes: bold, italic, links and bullet lists, nothing else.
 * The parent gives it a new `key` to replace its content (after a save or a conflict).
 */
export function NoteEditor({ html, editable, onChange }: Props) {
  const editor = useEditor({
    immediatelyRender: false,
    editable,
    extensions: [
      StarterKit.configure({
        heading: false,
        blockquote: false,
        codeBlock: false,
        code: false,
        horizontalRule: false,
        orderedList: false,
        strike: false,
        underline: false,
        trailingNode: false,
        link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], defaultProtocol: "https" },
      }),
    ],
    content: html,
    editorProps: { attributes: { class: "note-editor-content", "aria-label": "Note", role: "textbox", "aria-multiline": "true" } },
    onUpdate: ({ editor }) => onChange(editor.getHTML()),
  });

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  if (!editor) return <div className="note-editor loading">Loading the note…</div>;

  const toggleLink = () => {
    if (editor.isActive("link")) return editor.chain().focus().unsetLink().run();
    const href = window.prompt("Link address (https://…)");
    if (!href) return;
    if (!/^(https?:\/\/|mailto:)/i.test(href.trim())) {
      window.alert("Links must start with http://, https:// or mailto:.");
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };

  return (
    <div className="note-editor">
      {editable && (
        // A press on a formatting button leaves the focus (and the caret) in the note: TipTap puts
        // the focus back only in the next frame, and on a busy machine what the person types first
        // went to the button meanwhile (a space even pressed it again).
        <div className="note-toolbar" role="toolbar" aria-label="Note formatting" onMouseDown={(event) => event.preventDefault()}>
          <button type="button" className="secondary" aria-pressed={editor.isActive("bold")} onClick={() => editor.chain().focus().toggleBold().run()}>
            Bold
          </button>
          <button type="button" className="secondary" aria-pressed={editor.isActive("italic")} onClick={() => editor.chain().focus().toggleItalic().run()}>
            Italic
          </button>
          <button type="button" className="secondary" aria-pressed={editor.isActive("link")} onClick={toggleLink}>
            Link
          </button>
          <button
            type="button"
            className="secondary"
            aria-pressed={editor.isActive("bulletList")}
            onClick={() => editor.chain().focus().toggleBulletList().run()}
          >
            Bullet list
          </button>
        </div>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
