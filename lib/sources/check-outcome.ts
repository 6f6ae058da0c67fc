import type { CheckOutcome } from "../db/generated/client";
import { FetchProblem } from "../web/fetch-problem";
import { samePageAddress } from "../web/page-address";

/** The copy a new fetch is compared with. */
export interface PreviousCopy {
  finalUrl: string;
  contentHash: string;
}

export type FetchResult = { ok: true; finalUrl: string; contentHash: string } | { ok: false; problem: FetchProblem };

/**
 * What a fetch found, against the copy before it: the first copy; the same words; other words;
 * the address now leading somewhere else; the page gone (404, 410, a name that no longer
 * resolves); or a failure that says nothing about the page (a time-out, a server error).
 */
export function checkOutcome(previous: PreviousCopy | null, result: FetchResult): CheckOutcome {
  if (!result.ok) return result.problem.kind === "gone" ? "GONE" : "FAILED";
  if (!previous) return "ARCHIVED";
  if (samePageAddress(previous.finalUrl) !== samePageAddress(result.finalUrl)) return "MOVED";
  return previous.contentHash === result.contentHash ? "UNCHANGED" : "CHANGED";
}

/** How the source panel says it. */
export function describeOutcome(outcome: CheckOutcome, finalUrl?: string | null): string {
  switch (outcome) {
    case "ARCHIVED":
      return "Archived: a copy of the page is kept.";
    case "UNCHANGED":
      return "Unchanged since the archived copy.";
    case "CHANGED":
      return "The page's text changed since the archived copy.";
    case "MOVED":
      return finalUrl ? `The address now leads to another page: ${finalUrl}` : "The address now leads to another page.";
    case "GONE":
      return "The page is gone.";
    case "FAILED":
      return "The page could not be checked this time.";
  }
}
