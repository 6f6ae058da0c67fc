"use client";

import { signOut } from "next-auth/react";
import type { FormEvent } from "react";
import { peopleApi } from "../api/people";
import { useAction } from "../ui/use-action";
import { ErrorAlert } from "@/components/ui/alert";

/** Change your own password: the current one, then the new one twice. Every session ends after. */
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const { busy, error, setError, run } = useAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setError("The two new passwords are not the same.");
      return;
    }
    // Every session of this account ends with the change, this one too: sign in with the new password.
    await run(async () => {
      await peopleApi.changeOwnPassword({ currentPassword, newPassword });
      await signOut({ callbackUrl: "/login?error=PasswordChanged" });
    });
  }

  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="password-heading" noValidate>
      <h2 id="password-heading">Change your password</h2>
      <p className="muted">
        At least {minLength} characters. You will be signed out everywhere, and sign in again with the new password.
      </p>
      <ErrorAlert message={error} />
      <div className="field">
        <label htmlFor="currentPassword">Current password</label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      </div>
      <div className="field">
        <label htmlFor="newPassword">New password</label>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required />
      </div>
      <div className="field">
        <label htmlFor="confirmPassword">New password again</label>
        <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" minLength={minLength} required />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
