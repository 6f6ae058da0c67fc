import { Link } from "@/components/ui/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/policy/policy";
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
        <Link href="/claims">Checked claims</Link>
        {/* Named by what it shows ("Inbox 2 unread"), so a person who sees "Inbox 2" can say it to their speech input. */}
        <Link href="/inbox">
          Inbox
          {unread > 0 && (
            // An inline block: its words are set apart from "Inbox" in the name too.
            <span className="inbox-count">
              {unread}
              <span className="visually-hidden"> unread</span>
            </span>
          )}
        </Link>
        {can(user, "review.queue") && <Link href="/review">Review</Link>}
        {can(user, "users.manage") && <Link href="/admin/users">Users</Link>}
        {can(user, "settings.change") && <Link href="/admin/settings">Settings</Link>}
        {can(user, "jobs.view") && <Link href="/admin/jobs">Background work</Link>}
        <Link href="/account" className="who" aria-label={`Account: ${user.name}, ${ROLE_LABELS[user.role]}`}>
          {user.name} · {ROLE_LABELS[user.role]}
        </Link>
        <SignOutButton />
      </nav>
    </header>
  );
}
