import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { AppShell } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { getSettings } from "@/lib/settings/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/admin/settings");
  if (!hasRole(user.role, "ADMIN")) {
    return (
      <AppShell user={user}>
        <h1>Settings</h1>
        <div className="alert error" role="alert">
          Only admins can change the desk&apos;s settings.
        </div>
      </AppShell>
    );
  }
  return (
    <AppShell user={user}>
      <h1>Settings</h1>
      <SettingsForm initial={await getSettings()} />
    </AppShell>
  );
}
