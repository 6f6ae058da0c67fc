"use client";

import type { SourceRelation } from "@/lib/vocabulary/names";
import type { FormEvent } from "react";
import type { SourceView } from "@/lib/annotations/annotation-view";
import { SelectField } from "../ui/select-field";
import { RELATION_OPTIONS } from "./labels";
import { ErrorAlert } from "@/components/ui/alert";
import { useAction } from "../ui/use-action";

export interface WebSourceValues {
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  relation: SourceRelation;
  accessedAt: string | null;
}

/** Add or edit a web source. Checks happen on the server; its message is shown as it comes. */
export function SourceForm({
  initial,
  idPrefix,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: SourceView;
  idPrefix: string;
  submitLabel: string;
  onSubmit(values: WebSourceValues): Promise<void>;
  onCancel(): void;
}) {
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    await run(() =>
      onSubmit({
        url: value("url"),
        title: value("title"),
        publisher: value("publisher"),
        excerpt: value("excerpt"),
        relation: value("relation") as SourceRelation,
        accessedAt: value("accessedAt") || null,
      }),
    );
  }

  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="source-form" onSubmit={submit} noValidate>
      <ErrorAlert message={error} />
      <div className="field">
        <label htmlFor={id("url")}>Source URL</label>
        {/* Opened by a button that is gone now: the focus starts here. */}
        <input id={id("url")} name="url" type="url" defaultValue={initial?.url ?? ""} placeholder="https://" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor={id("title")}>Source title</label>
        <input id={id("title")} name="title" defaultValue={initial?.title ?? ""} />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("publisher")}>Publisher</label>
          <input id={id("publisher")} name="publisher" defaultValue={initial?.publisher ?? ""} />
        </div>
        <div className="field">
          <label htmlFor={id("accessed")}>Accessed</label>
          <input id={id("accessed")} name="accessedAt" type="date" defaultValue={initial?.accessedAt ?? ""} />
        </div>
      </div>
      <SelectField id={id("relation")} label="Relation" name="relation" defaultValue={initial?.relation ?? "SUPPORTS"} options={RELATION_OPTIONS} />
      <div className="field">
        <label htmlFor={id("excerpt")}>Excerpt</label>
        <textarea id={id("excerpt")} name="excerpt" rows={3} defaultValue={initial?.excerpt ?? ""} />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
