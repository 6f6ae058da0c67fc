import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { safeRedirectUrl } from "./callback-path";
import { deviceCookieFrom } from "./device-cookie";
import { signInSchema } from "../validation/auth-schemas";
import { clientAddress } from "../request/client-address";
import { db } from "../db/client";
import { environment } from "../config/environment";
import { wantsSecureCookies } from "./secure-cookies";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: environment().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // The token's format is next-auth's own; its key is drawn once (lib/auth/session-token.ts).
  jwt: {
    encode: ({ token, secret, maxAge }) => encodeSessionToken({ token: token ?? {}, secret: String(secret), maxAge: maxAge ?? SESSION_MAX_AGE_SECONDS }),
    decode: async ({ token, secret }) => decodeSessionToken({ token, secret: String(secret) }),
  },
  useSecureCookies: wantsSecureCookies(),
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Enter your email and password.");
        const headers = req.headers ?? {};
        const deviceCookie = deviceCookieFrom(headers.cookie, wantsSecureCookies());
        const result = await authenticate({ ...parsed.data, ip: clientAddress(headers), deviceCookie });
        // next-auth passes a thrown message to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.message);
        return result.user;
      },
    }),
  ],
  events: {
    // A JWT stays valid until it expires, so signing out moves the user's session version on:
    // a copied cookie is worthless from then (and so is every other session of that user).
    async signOut({ token }) {
      if (!token?.uid) return;
      await db.user.updateMany({ where: { id: token.uid, sessionVersion: token.sv ?? -1 }, data: { sessionVersion: { increment: 1 } } });
    },
  },
  callbacks: {
    // Wherever next-auth would send the browser (after sign-in or sign-out), the app's one rule applies.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid ?? "",
        email: token.email ?? "",
        name: token.name ?? "",
        role: token.role ?? "ANNOTATOR",
        sessionVersion: token.sv ?? -1,
      };
      return session;
    },
  },
};
