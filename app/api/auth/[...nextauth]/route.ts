import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { precheckCredentialsSignIn } from "@/lib/auth/sign-in-precheck";
import { authOptions } from "@/lib/auth/options";
import { wantsSecureCookies } from "@/lib/auth/secure-cookies";
import { withDeviceCookie } from "@/lib/auth/sign-in-response";
import { errorResponse } from "@/lib/http/api-route";
import { readLimitedText } from "@/lib/http/read-limited";

const MAX_AUTH_BODY_BYTES = 16 * 1024;

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export async function GET(request: Request, context: Context) {
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  try {
    const { nextauth } = await context.params;
    // These routes need no session, so anyone may send them anything: the body is read here,
    // within a small limit, and next-auth gets a request made from what was read.
    const body = await readLimitedText(request, MAX_AUTH_BODY_BYTES, "The sign-in form");
    const credentials = nextauth.join("/") === "callback/credentials";
    if (credentials) {
      const refusal = await precheckCredentialsSignIn(request, body, wantsSecureCookies());
      if (refusal) return refusal;
    }
    const response = await handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
    return credentials ? withDeviceCookie(response, new URLSearchParams(body).get("email") ?? "", wantsSecureCookies()) : response;
  } catch (error) {
    return errorResponse(error);
  }
}
