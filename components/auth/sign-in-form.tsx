"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/callback-path";

const FALLBACK = "We could not sign you in. Please try again.";

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and password.");
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      // The callback is this app's own path: next-auth would otherwise come back to this page's
      // address, and read an `error` a link put there as if the server had said it.
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl: callbackPath });
      if (!result || !result.ok) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : FALLBACK);
        setBusy(false);
        return;
      }
      // The page sends a path it checked; checked again here, where the browser is sent.
      router.replace(safeCallbackPath(callbackPath));
      router.refresh();
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      <ErrorAlert message={error} id="sign-in-error" />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
