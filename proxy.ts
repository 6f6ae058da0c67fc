import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { REQUEST_PATH_HEADER } from "@/lib/request/request-path";

/**
 * Gives every page a fresh script nonce and the CSP that names it (see lib/http/content-security-policy.ts),
 * and tells the page which path was asked for, so a sign-in can come back to it.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers are JSON, files or event streams, and static assets need no nonce.
  // Public pages (/p/…) are rendered once per publication and carry their own policy, which
  // names their inline blocks by hash (lib/publishing/render-public-page.ts).
  matcher: [{ source: "/((?!api/|p/|_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
