/** Runs once when a server starts (Next.js): background upkeep that every instance may do. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startPruning } = await import("./lib/maintenance/prune");
    startPruning();
  }
}
