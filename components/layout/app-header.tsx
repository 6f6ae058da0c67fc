import Link from "next/link";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/comments/inbox";
import { SignOutButton } from "../auth/sign-out-button";

export async function AppHeader({ user }: { user: SessionUser }) {
  const unread = await countUnread(user);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <Link href="/" className="brand">
        Fact<span>mark</span>
      </Link>
      <nav aria-label="Main">
        <Link href="/">Stories</Link>
        <Link href="/my-work">My work</Link>
        <Link href="/inbox" aria-label={unread ? `Inbox, ${unread} unread` : "Inbox"}>
          Inbox{unread > 0 && <span className="inbox-count">{unread}</span>}
        </Link>
        {hasRole(user.role, "EDITOR") && <Link href="/review">Review</Link>}
        {hasRole(user.role, "ADMIN") && <Link href="/admin/users">Users</Link>}
        {hasRole(user.role, "ADMIN") && <Link href="/admin/settings">Settings</Link>}
        <Link href="/account" className="who" aria-label={`Account: ${user.name}, ${ROLE_LABELS[user.role]}`}>
          {user.name} · {ROLE_LABELS[user.role]}
        </Link>
        <SignOutButton />
      </nav>
    </header>
  );
}

export function AppShell({ user, wide, children }: { user: SessionUser; wide?: boolean; children: React.ReactNode }) {
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className={wide ? "wide" : undefined}>
        {children}
      </main>
    </>
  );
}
