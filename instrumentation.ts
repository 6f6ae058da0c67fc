/** Runs once when a server starts (Next.js): this instance's share of the background jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // `next start` and `next dev` check every setting too (scripts/serve.ts does before this).
    const { environment, EnvironmentError } = await import("./lib/config/environment");
    try {
      environment();
    } catch (error) {
      if (!(error instanceof EnvironmentError)) throw error;
      console.error(error.message);
      process.exit(1);
    }
    const { startBackgroundWork } = await import("./lib/background/background-jobs");
    void startBackgroundWork();
  }
}
