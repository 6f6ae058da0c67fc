"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "../ui/api-client";
import { ErrorAlert } from "@/components/ui/alert";

/** Editors' controls on the dashboard: a new story, and renaming or archiving one. */
export function NewStoryForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(undefined);
    try {
      await callApi("/api/stories", { method: "POST", body: { title: data.get("title"), description: data.get("description") || undefined } });
      form.reset();
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    }
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
        <button type="submit">Create story</button>
      </form>
    </details>
  );
}

export function StoryControls({ storyId, title }: { storyId: string; title: string }) {
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string>();
  const save = async (body: object) => {
    setError(undefined);
    try {
      await callApi(`/api/stories/${storyId}`, { method: "PATCH", body });
      setRenaming(false);
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <div className="story-controls">
      {renaming ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save({ title: new FormData(event.currentTarget).get("title") });
          }}
        >
          <label htmlFor={`rename-${storyId}`}>New title</label>
          <input id={`rename-${storyId}`} name="title" defaultValue={title} />
          <button type="submit">Save title</button>{" "}
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
