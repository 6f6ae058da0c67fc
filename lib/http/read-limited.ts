import { PayloadTooLargeError, ValidationError } from "../errors/domain-error";

/**
 * Reads a request's body, counting bytes as they arrive and stopping (413) as soon as they pass
 * `maxBytes`. Content-Length alone is no limit: a chunked body has none, and would be read whole.
 */
export async function readLimitedBytes(request: Request, maxBytes: number, what = "The request"): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new PayloadTooLargeError(`${what} is too large: the limit is ${formatBytes(maxBytes)}.`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only when the other
      // branch is cancelled too, so waiting here would hang the request.
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text; bytes that are not UTF-8 are a 400, not text quietly replaced by "�". */
export async function readLimitedText(request: Request, maxBytes: number, what = "The request"): Promise<string> {
  const bytes = await readLimitedBytes(request, maxBytes, what);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError(`${what} is not valid UTF-8 text.`);
  }
}

/** A multipart or urlencoded form, read within the limit. */
export async function readLimitedForm(request: Request, maxBytes: number, what?: string): Promise<FormData> {
  const body = await readLimitedBytes(request, maxBytes, what);
  return new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString("en")} MB` : `${Math.round(bytes / 1024).toLocaleString("en")} KB`;
}
