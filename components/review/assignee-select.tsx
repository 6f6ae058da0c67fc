"use client";

import { useState } from "react";
import { callApi } from "../ui/api-client";
import { ErrorAlert } from "@/components/ui/alert";

export interface Person {
  id: string;
  name: string;
}

/** Editors and admins assign an annotation or an article to a person; others see who has it. */
export function AssigneeSelect<T>({
  url,
  label,
  people,
  current,
  canAssign,
  onChange,
}: {
  url: string;
  label: string;
  people: Person[];
  current: Person | null;
  canAssign: boolean;
  onChange?(result: T): void;
}) {
  const [value, setValue] = useState(current?.id ?? "");
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const id = `assignee-${url.replace(/\W+/g, "-")}`;
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
            const result = await callApi<T>(url, { method: "PUT", body: { assigneeId: next || null } });
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
