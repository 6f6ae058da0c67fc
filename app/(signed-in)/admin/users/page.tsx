import type { Metadata } from "next";
import { UserAdmin } from "@/components/admin/user-admin";
import { NotAllowed } from "@/components/layout/not-allowed";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const user = await requirePageUser();
  if (!can(user, "users.manage")) {
    return <NotAllowed title="Users" reason="Only admins can manage users. Ask an admin if you need an account changed." />;
  }
  const users = await listUsers(user);
  return (
    <>
      <h1>Users</h1>
      <p className="page-intro">Who can sign in, and what each person may do.</p>
      <UserAdmin
        currentUserId={user.id}
        users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))}
      />
    </>
  );
}
