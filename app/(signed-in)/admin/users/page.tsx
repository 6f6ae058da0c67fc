import type { Metadata } from "next";
import { UserAdmin } from "@/components/admin/user-admin";
import { NotAllowed } from "@/components/layout/not-allowed";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { listUsers } from "@/lib/users/list-users";
import { parsePageQuery } from "@/lib/validation/page-query";
import { userListQuerySchema } from "@/lib/validation/user-schemas";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await requirePageUser();
  if (!can(user, "users.manage")) {
    return <NotAllowed title="Users" reason="Only admins can manage users. Ask an admin if you need an account changed." />;
  }
  const params = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(userListQuerySchema, params);
  const users = await listUsers(user, query);
  return (
    <>
      <h1>Users</h1>
      <p className="page-intro">Who can sign in, and what each person may do.</p>
      <ErrorAlert message={problem} />
      <UserAdmin
        currentUserId={user.id}
        total={users.total}
        users={users.items.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))}
      />
      <Pager label="Pages of people" path="/admin/users" params={params} next={users.next} />
    </>
  );
}
