"use client";

import { useState } from "react";
import { annotationsApi } from "../api/annotations";
import { articlesApi } from "../api/articles";
import { ErrorAlert } from "@/components/ui/alert";

export interface Person {
  id: string;
  name: string;
}

/** Editors and admins assign an annotation or an article to a person; others see who has it. */
/** What is being assigned: an article or an annotation, by id. */
export type Assignable = { type: "article" | "annotation"; id: string };

const assign = (subject: Assignable, assigneeId: string | null) =>
  subject.type === "article" ? articlesApi.assign(subject.id, assigneeId) : annotationsApi.assign(subject.id, assigneeId);

export function AssigneeSelect<T>({
  subject,
  label,
  people,
  current,
  canAssign,
  onChange,
}: {
  subject: Assignable;
  label: string;
  people: Person[];
  current: Person | null;
  canAssign: boolean;
  onChange?(result: T): void;
}) {
  const [value, setValue] = useState(current?.id ?? "");
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const id = `assignee-${subject.type}-${subject.id.replace(/\W+/g, "-")}`;
  if (!canAssign) {
    return (
      <p className="assignee">
        {label}: {current ? current.name : <span className="muted">nobody</span>}
      </p>
    );
  }
  return (
    <div className="field assignee">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={async (event) => {
          const next = event.target.value;
          setValue(next);
          setError(undefined);
          setSaved(false);
          try {
            const result = (await assign(subject, next || null)) as T;
            setSaved(true);
            onChange?.(result);
          } catch (caught) {
            setError((caught as Error).message);
            setValue(current?.id ?? "");
          }
        }}
      >
        <option value="">Nobody</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      {saved && <span className="muted" role="status"> Saved.</span>}
      <ErrorAlert message={error} inline />
    </div>
  );
}
