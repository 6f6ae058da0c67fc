/** Runs once when a server starts (Next.js): background upkeep that every instance may do. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // `next start` and `next dev` check every setting too (scripts/serve.ts does before this).
    const { environment, EnvironmentError } = await import("./lib/config/environment");
    try {
      environment();
    } catch (error) {
      if (!(error instanceof EnvironmentError)) throw error;
      console.error(error.message);
      process.exit(1);
    }
    const { startPruning } = await import("./lib/maintenance/prune");
    startPruning();
  }
}
