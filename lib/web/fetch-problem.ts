/** Why a page could not be fetched, in words a checker understands, and what kind of failure it was. */
export class FetchProblem extends Error {
  constructor(
    /** refused: Factmark will not fetch it; gone: the page is not there (or no longer answers in time); failed: it could not be read this time. */
    readonly kind: "refused" | "gone" | "failed",
    message: string,
    readonly status?: number,
    /** Refused for its size: more bytes than the caller takes. */
    readonly tooLarge = false,
  ) {
    super(message);
  }
}
