/** Runs once when a server starts (Next.js): this instance's share of the background jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startBackgroundWork } = await import("./lib/background/background-jobs");
    void startBackgroundWork();
  }
}
