import NextAuth from "next-auth";
import { precheckCredentialsSignIn } from "@/lib/auth/sign-in-precheck";
import { authOptions } from "@/lib/auth/options";
import { errorResponse } from "@/lib/http/api-route";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export async function GET(request: Request, context: Context) {
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  try {
    const { nextauth } = await context.params;
    if (nextauth.join("/") === "callback/credentials") {
      const refusal = await precheckCredentialsSignIn(request);
      if (refusal) return refusal;
    }
    return await handler(request, context);
  } catch (error) {
    return errorResponse(error);
  }
}
