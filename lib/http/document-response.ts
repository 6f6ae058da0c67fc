import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import { acceptsGzip } from "./negotiation";
import { createNonceStripper } from "./script-nonce-stripper";

/** A browser asking for a page's HTML: not an API call, the router's data (`RSC`), a file or a published page. */
export function isDocumentRequest(request: IncomingMessage): boolean {
  const url = request.url ?? "/";
  return request.method === "GET" && !request.headers.rsc && String(request.headers.accept ?? "").includes("text/html") && !/^\/(?:api|_next|p)\//.test(url);
}

/**
 * Passes a page's HTML through the nonce stripper (lib/http/script-nonce-stripper.ts) on its way
 * out, and compresses it here, gzip flushed chunk by chunk so the page still streams: Next.js
 * would compress before the stripper could read it, so it is asked for an uncompressed answer.
 * Anything that is not HTML passes as Next.js writes it. Call before handing both to Next.js.
 */
export function stripNoncesFromDocument(request: IncomingMessage, response: ServerResponse): void {
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  delete request.headers["accept-encoding"];
  const write = response.write.bind(response) as (chunk: string | Uint8Array) => boolean;
  const end = response.end.bind(response) as (chunk?: string | Uint8Array) => ServerResponse;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = response.flushHeaders.bind(response);
  let html: { text: StringDecoder; strip: ReturnType<typeof createNonceStripper>; zip?: zlib.Gzip } | null | undefined;

  // Decided once, when Next.js has set the type and before the headers go.
  const decide = (headers?: OutgoingHttpHeaders) => {
    if (html !== undefined) return;
    const type = String(headers?.["content-type"] ?? headers?.["Content-Type"] ?? response.getHeader("content-type") ?? "");
    if (!type.startsWith("text/html") || response.headersSent) {
      html = null;
      return;
    }
    html = { text: new StringDecoder("utf8"), strip: createNonceStripper() };
    response.removeHeader("content-length");
    if (headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === "content-length") delete headers[name];
    if (gzip) {
      response.setHeader("content-encoding", "gzip");
      response.setHeader("vary", [String(response.getHeader("vary") ?? ""), "Accept-Encoding"].filter(Boolean).join(", "));
      const zip = zlib.createGzip();
      zip.on("data", (data: Buffer) => write(data));
      zip.on("error", (error) => response.destroy(error));
      html.zip = zip;
    }
  };
  const send = (text: string, last: boolean) => {
    const zip = html!.zip;
    if (!zip) return last ? end(text) : write(text);
    if (last) {
      zip.once("end", () => end());
      zip.end(text);
    } else if (text) {
      zip.write(text);
      zip.flush(zlib.constants.Z_SYNC_FLUSH);
    }
    return true;
  };
  const read = (chunk: unknown) => (chunk === undefined || chunk === null || typeof chunk === "function" ? "" : html!.text.write(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer)));

  response.flushHeaders = () => {
    decide();
    flushHeaders();
  };
  response.writeHead = ((...args: unknown[]) => {
    decide(args.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg)));
    return writeHead(...args);
  }) as typeof response.writeHead;
  response.write = ((chunk: string | Uint8Array) => {
    decide();
    return html ? send(html.strip.push(read(chunk)), false) : write(chunk);
  }) as typeof response.write;
  response.end = ((chunk?: unknown) => {
    decide();
    if (!html) return typeof chunk === "function" ? end() : end(chunk as string | Uint8Array | undefined);
    const text = html.strip.push(read(chunk) + html.text.end()) + html.strip.end();
    send(text, true);
    return response;
  }) as typeof response.end;
}
