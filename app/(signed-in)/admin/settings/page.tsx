import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { NotAllowed } from "@/components/layout/not-allowed";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { getSettings } from "@/lib/settings/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  if (!can(user, "settings.change")) {
    return <NotAllowed title="Settings" reason="Only admins can change the desk's settings." />;
  }
  return (
    <>
      <h1>Settings</h1>
      <SettingsForm initial={await getSettings()} />
    </>
  );
}
