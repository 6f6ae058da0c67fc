"use client";

import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { mentionsName } from "@/lib/comments/comment-text";
import type { Person } from "../review/assignee-select";

interface Props {
  label: string;
  people: Person[];
  initial?: string;
  submitLabel: string;
  busy: boolean;
  onSubmit(body: string, mentions: string[]): Promise<boolean>;
  onCancel?(): void;
}

/** The "@word" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}.'-]*(?: [\p{L}\p{N}.'-]*)?)$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2].length - 1, query: match[2].toLowerCase() } : null;
}

/**
 * A plain-text comment box. Typing @ offers the desk's people (arrows and Enter or Tab to pick);
 * the people whose @Name is in the text when it is sent are the ones mentioned. Ctrl+Enter sends.
 */
export function CommentComposer({ label, people, initial = "", submitLabel, busy, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once a picked name is in the text: set before the next keystroke is
  // handled (a layout effect), so fast typing after a pick lands after the name, not before it.
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfterPick.current === null) return;
    field.current?.setSelectionRange(caretAfterPick.current, caretAfterPick.current);
    caretAfterPick.current = null;
  }, [text]);
  const id = useId();
  const query = mentionQuery(text, caret);
  const matches = useMemo(
    () => (query && dismissed !== query.start ? people.filter((p) => p.name.toLowerCase().startsWith(query.query) || p.name.toLowerCase().includes(` ${query.query}`)).slice(0, 6) : []),
    [people, query, dismissed],
  );
  const open = matches.length > 0;

  function pick(person: Person) {
    if (!query) return;
    const before = `${text.slice(0, query.start)}@${person.name} `;
    const next = before + text.slice(caret);
    setText(next);
    setCaret(before.length);
    setActive(0);
    caretAfterPick.current = before.length;
  }

  async function submit() {
    const mentions = people.filter((p) => mentionsName(text, p.name)).map((p) => p.id);
    if (await onSubmit(text, mentions)) setText("");
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (open && (event.key === "Enter" || event.key === "Tab") && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      pick(matches[Math.min(active, matches.length - 1)]);
    } else if (open && event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(query?.start ?? null);
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (text.trim() && !busy) void submit();
    }
  }

  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-text`} className="label">
        {label}
      </label>
      <div className="mention-wrap">
        <textarea
          id={`${id}-text`}
          ref={field}
          rows={2}
          value={text}
          maxLength={5000}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-people`}
          aria-activedescendant={open ? `${id}-person-${Math.min(active, matches.length - 1)}` : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul className="mention-list" role="listbox" id={`${id}-people`} aria-label="People to mention">
            {matches.map((person, index) => (
              <li
                key={person.id}
                id={`${id}-person-${index}`}
                role="option"
                aria-selected={index === Math.min(active, matches.length - 1)}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(person);
                }}
              >
                {person.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id={`${id}-hint`} className="hint muted">
        Type @ to mention someone. Ctrl+Enter sends.
      </p>
      <div className="actions">
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? "Sending…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
