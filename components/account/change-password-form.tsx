"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { callApi } from "../ui/api-client";
import { ErrorAlert } from "@/components/ui/alert";

/** Change your own password: the current one, then the new one twice. Every session ends after. */
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setError("The two new passwords are not the same.");
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await callApi("/api/account/password", { method: "PUT", body: { currentPassword, newPassword } });
      // Every session of this account has just ended, this one too: sign in with the new password.
      await signOut({ callbackUrl: "/login?error=PasswordChanged" });
    } catch (caught) {
      setError((caught as Error).message);
      setBusy(false);
    }
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
