import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password-rules";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePageUser();
  return (
    <>
      <h1>Account</h1>
      <p className="page-intro">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
