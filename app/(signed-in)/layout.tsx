import { AppHeader } from "@/components/layout/app-header";
import { RouteFocus } from "@/components/layout/route-focus";
import { Announcer } from "@/components/ui/announcer";
import { requirePageUser } from "@/lib/auth/page-guard";

/**
 * Every page behind the sign-in: the check and the app's header once. Pages still ask
 * requirePageUser themselves (cached per request) because a layout is not re-rendered on
 * navigation between its pages, and a page must never render for someone signed out.
 */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <AppHeader user={user} />
      <main id="main">{children}</main>
      <Announcer />
      <RouteFocus />
    </>
  );
}
