import { PayloadTooLargeError, ValidationError } from "../../errors/domain-error";
import { readLimitedForm } from "../../http/read-limited";
import { articleImportSchema } from "../../validation/article-schemas";
import { formatIssues } from "../../validation/format-issues";
import { assertStorableText } from "../../validation/storable-text";
import type { ArticleImportFields } from "../../validation/article-schemas";
import { decodeText, formatForFile, MAX_IMPORT_BYTES } from "./import-article";

/**
 * Reads an import form (multipart): title, outlet, url, publishedAt and either `file` (.txt, .md,
 * .html) or pasted `text` with its `format`. The whole form is read within the file's limit
 * plus room for the other fields and the form's own framing.
 */
export async function readImportForm(request: Request): Promise<{ fields: ArticleImportFields; source: string }> {
  const form = await readLimitedForm(request, MAX_IMPORT_BYTES + 64 * 1024, "The upload").catch((error) => {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new ValidationError("Send the article as a form with a title and a file or pasted text.");
  });
  const fields: Record<string, unknown> = {};
  for (const key of ["title", "outlet", "url", "publishedAt", "format", "allowDuplicate", "deskOwned"]) {
    const value = form.get(key);
    if (typeof value === "string") fields[key] = value;
  }
  const file = form.get("file");
  let source: string;
  if (file instanceof File && file.size > 0) {
    const format = formatForFile(file.name);
    if (!format) throw new ValidationError("Upload a .txt, .md or .html file.");
    fields.format = format;
    source = decodeText(new Uint8Array(await file.arrayBuffer()));
  } else {
    const text = form.get("text");
    if (typeof text !== "string" || !text.trim()) throw new ValidationError("Paste the article's text or choose a file.");
    source = decodeText(new TextEncoder().encode(text));
  }
  assertStorableText(fields);
  const parsed = articleImportSchema.safeParse(fields);
  if (!parsed.success) throw new ValidationError(formatIssues(parsed.error));
  return { fields: parsed.data, source };
}
