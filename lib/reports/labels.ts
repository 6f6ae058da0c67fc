export const KIND_NAMES: Record<string, string> = { CLAIM: "Claim", FIGURE: "Figure", DENIAL: "Denial" };
export const STATUS_NAMES: Record<string, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  REJECTED: "Rejected",
};
export const RELATION_NAMES: Record<string, string> = { SUPPORTS: "supports", REFUTES: "refutes", CONTEXT: "context" };

/** Lets a long export give the event loop back now and then, so other requests are served. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
