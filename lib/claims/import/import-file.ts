import type { SessionUser } from "../../auth/session";
import { PayloadTooLargeError, ValidationError } from "../../errors/domain-error";
import { readLimitedForm } from "../../http/read-limited";
import { assertCan } from "../../policy/policy";
import { importClaimReviews, type ClaimImportResult } from "./import-claim-reviews";
import { MAX_IMPORT_BYTES } from "./import-from-web";
import { parseJsonDocument, readClaimReviews } from "./read-claim-reviews";

/**
 * Imports an uploaded ClaimReview file (JSON or JSON-LD, UTF-8, at most 2 MB), sent as a form
 * with one `file`: every review in it, or none when any of it does not read.
 */
export async function importClaimReviewFile(actor: SessionUser, request: Request): Promise<ClaimImportResult> {
  assertCan(actor, "claims.import");
  const form = await readLimitedForm(request, MAX_IMPORT_BYTES + 64 * 1024, "The upload").catch((error) => {
    if (error instanceof PayloadTooLargeError) throw new PayloadTooLargeError(`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, more than one import takes: nothing was imported.`);
    throw new ValidationError("Send the ClaimReview file as a form with one file.");
  });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new ValidationError("Choose a ClaimReview file (.json or .jsonld) to import.");
  if (!/\.(json|jsonld)$/i.test(file.name)) throw new ValidationError("Upload a .json or .jsonld file of ClaimReviews.");
  if (file.size > MAX_IMPORT_BYTES) throw new PayloadTooLargeError(`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, more than one import takes: nothing was imported.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ValidationError("The file is not UTF-8 text: nothing was imported.");
  }
  const reviews = readClaimReviews(parseJsonDocument(text, "The file"));
  return importClaimReviews(actor, reviews, { kind: "file", name: file.name.slice(0, 200) });
}
