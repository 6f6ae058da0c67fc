import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getSessionUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackPath);
  const error = signInErrorMessage(params.error);
  return (
    <div className="login-wrap">
      <main className="card login-card" id="main">
        <h1>Sign in to Factmark</h1>
        <p className="page-intro">The fact-check desk’s shared workspace.</p>
        <SignInForm callbackPath={callbackPath} initialError={error} />
      </main>
    </div>
  );
}
