import type { SessionUser } from "@/lib/auth/session";
import { AppShell } from "./app-header";

/** A page someone signed in may not use: its title and why, never a blank or an error. */
export function NotAllowed({ user, title, reason }: { user: SessionUser; title: string; reason: string }) {
  return (
    <AppShell user={user}>
      <h1>{title}</h1>
      <div className="alert error" role="alert">
        {reason}
      </div>
    </AppShell>
  );
}
