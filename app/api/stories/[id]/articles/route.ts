import { decodeText, formatForFile, importArticle, MAX_IMPORT_BYTES } from "@/lib/articles/import/import-article";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors/domain-error";
import { apiRoute, json } from "@/lib/http/api-route";
import { readLimitedForm } from "@/lib/http/read-limited";
import { articleImportSchema } from "@/lib/validation/article-schemas";
import { formatIssues } from "@/lib/validation/format-issues";

/**
 * Imports an article into the story from a multipart form: title, outlet, url, publishedAt and
 * either `file` (.txt, .md, .html) or pasted `text` with its `format`.
 */
export const POST = apiRoute<{ id: string }>({}, async ({ user, params, request }) => {
  // The file's limit plus room for the other fields and the form's own framing.
  const form = await readLimitedForm(request, MAX_IMPORT_BYTES + 64 * 1024, "The upload").catch((error) => {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new ValidationError("Send the article as a form with a title and a file or pasted text.");
  });
  const file = form.get("file");
  const fields: Record<string, unknown> = {};
  for (const key of ["title", "outlet", "url", "publishedAt", "format", "allowDuplicate"]) {
    const value = form.get(key);
    if (typeof value === "string") fields[key] = value;
  }
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
  const parsed = articleImportSchema.safeParse(fields);
  if (!parsed.success) throw new ValidationError(formatIssues(parsed.error));
  return json(await importArticle(user, params.id, parsed.data, source), 201);
});
