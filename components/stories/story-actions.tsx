"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { articlesApi } from "../api/articles";
import { useAction } from "../ui/use-action";
import { ErrorAlert } from "@/components/ui/alert";

/** Editors' controls on the dashboard: a new story, and renaming or archiving one. */
export function NewStoryForm() {
  const router = useRouter();
  const { busy, error, run } = useAction();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const description = String(data.get("description") ?? "");
    const created = await run(() => articlesApi.createStory({ title: String(data.get("title") ?? ""), description: description || undefined }));
    if (!created) return;
    form.reset();
    router.refresh();
  }
  return (
    <details className="card new-story">
      <summary>New story</summary>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={error} />
        <div className="field">
          <label htmlFor="story-title">Story title</label>
          <input id="story-title" name="title" required />
        </div>
        <div className="field">
          <label htmlFor="story-description">Description</label>
          <textarea id="story-description" name="description" rows={2} />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create story"}
        </button>
      </form>
    </details>
  );
}

export function StoryControls({ storyId, title }: { storyId: string; title: string }) {
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const { busy, error, run } = useAction();
  const save = async (body: Parameters<typeof articlesApi.updateStory>[1]) => {
    if ((await run(() => articlesApi.updateStory(storyId, body))) === undefined) return;
    setRenaming(false);
    router.refresh();
  };
  return (
    <div className="story-controls">
      {renaming ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save({ title: String(new FormData(event.currentTarget).get("title") ?? "") });
          }}
        >
          <label htmlFor={`rename-${storyId}`}>New title</label>
          <input id={`rename-${storyId}`} name="title" defaultValue={title} />
          <button type="submit" disabled={busy}>
            Save title
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <button type="button" className="link" onClick={() => setRenaming(true)} aria-label={`Rename ${title}`}>
            Rename
          </button>
          <button
            type="button"
            className="link"
            aria-label={`Archive ${title}`}
            onClick={() => window.confirm(`Archive “${title}”? It leaves the dashboard; nothing is deleted.`) && void save({ archived: true })}
          >
            Archive
          </button>
        </>
      )}
      <ErrorAlert message={error} inline />
    </div>
  );
}
