/** Runs once when a server starts (Next.js): the settings' check, then this instance's share of the background jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // `next start` and `next dev` check every setting too (scripts/serve.ts does before this).
    const { environmentOrExit } = await import("./lib/config/environment");
    environmentOrExit();
    const { startBackgroundWork } = await import("./lib/background/background-jobs");
    void startBackgroundWork();
  }
}
