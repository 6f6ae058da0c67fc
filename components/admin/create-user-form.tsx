"use client";

import type { FormEvent } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { peopleApi } from "../api/people";
import { useAction } from "../ui/use-action";
import { ErrorAlert } from "@/components/ui/alert";

export function CreateUserForm({ onCreated }: { onCreated: (email: string) => void }) {
  const { busy, error, run } = useAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const field = (name: string) => String(form.get(name) ?? "");
    const user = await run(() =>
      peopleApi.createUser({ name: field("name"), email: field("email"), role: field("role") as Role, password: field("password") }),
    );
    if (!user) return;
    formElement.reset();
    onCreated(user.email);
  }

  return (
    <section className="card" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">Add a person</h2>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert message={error} />
        <div className="form-row">
          <div className="field">
            <label htmlFor="new-name">Name</label>
            <input id="new-name" name="name" required autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="new-email">Email</label>
            <input id="new-email" name="email" type="email" required autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="new-role">Role</label>
            <select id="new-role" name="role" defaultValue="ANNOTATOR">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-password">Temporary password</label>
            <input id="new-password" name="password" type="password" required autoComplete="new-password" minLength={10} />
          </div>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create user"}
        </button>
      </form>
    </section>
  );
}
