import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { acceptsGzip, matchesEtag } from "./negotiation";
import { standardHeaders } from "./standard-headers";

/**
 * The build's static files (/_next/static/…: its scripts, styles and fonts), answered by the
 * production server (scripts/serve.ts) from memory: each file is read once and gzipped once, at the
 * strongest level, the first time it is asked for. Next.js reads and gzips a file anew for every
 * request, about 4 ms of the server's CPU each, and a browser's first visit asks for thirty of them.
 *
 * The names carry a hash of their content, so a file never changes while this process serves this
 * build. Anything this does not answer exactly as Next.js would (a range, an unknown kind of file,
 * a name it cannot be sure of) goes on to Next.js.
 */

export interface StaticAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** Empty for a HEAD request and a 304. */
  body: Buffer;
}

const TYPES: Record<string, { type: string; compress: boolean }> = {
  ".js": { type: "application/javascript; charset=UTF-8", compress: true },
  ".css": { type: "text/css; charset=UTF-8", compress: true },
  ".json": { type: "application/json; charset=UTF-8", compress: true },
  ".map": { type: "application/json; charset=UTF-8", compress: true },
  ".svg": { type: "image/svg+xml", compress: true },
  ".txt": { type: "text/plain; charset=UTF-8", compress: true },
  ".woff2": { type: "font/woff2", compress: false },
  ".woff": { type: "font/woff", compress: false },
  ".ttf": { type: "font/ttf", compress: false },
  ".png": { type: "image/png", compress: false },
  ".ico": { type: "image/x-icon", compress: false },
};

const PREFIX = "/_next/static/";
/** What a built file's path is made of; anything else (an escape, "..", a backslash) goes to Next.js. */
const SAFE_PATH = /^[\w.-]+(?:\/[\w.-]+)*$/;

interface StaticFile {
  headers: Record<string, string>;
  etag: string;
  plain: Buffer;
  gzipped: Buffer | null;
}

const gzipped = promisify(gzip);

/** The headers next.config.js gives every response, and Next.js's own for a static file. */
function fileHeaders(type: string, etag: string): Record<string, string> {
  return {
    ...standardHeaders(),
    "Cache-Control": "public, max-age=31536000, immutable",
    "Content-Type": type,
    ETag: etag,
    Vary: "Accept-Encoding",
  };
}

async function load(file: string, kind: { type: string; compress: boolean }): Promise<StaticFile | null> {
  let plain: Buffer;
  try {
    plain = await readFile(file);
  } catch {
    // Not built (or not a file): Next.js answers it, with its own 404.
    return null;
  }
  const etag = `"${createHash("sha256").update(plain).digest("base64url").slice(0, 27)}"`;
  const packed = kind.compress ? await gzipped(plain, { level: constants.Z_BEST_COMPRESSION }) : null;
  return { headers: fileHeaders(kind.type, etag), etag, plain, gzipped: packed && packed.length < plain.length ? packed : null };
}

/**
 * Answers the static files under `staticDir` (the build's `static` folder), kept in memory once
 * read. `answer` gives null for whatever should go on to Next.js.
 */
export function staticFiles(staticDir: string) {
  const root = path.resolve(staticDir);
  const kept = new Map<string, Promise<StaticFile | null>>();

  return {
    async answer(method: string | undefined, url: string | undefined, headers: { "accept-encoding"?: string; "if-none-match"?: string; range?: string }): Promise<StaticAnswer | null> {
      if ((method !== "GET" && method !== "HEAD") || !url?.startsWith(PREFIX) || headers.range) return null;
      const relative = url.slice(PREFIX.length).split(/[?#]/, 1)[0];
      if (!SAFE_PATH.test(relative) || relative.split("/").some((part) => part === "." || part === "..")) return null;
      const kind = TYPES[path.extname(relative).toLowerCase()];
      if (!kind) return null;
      let loading = kept.get(relative);
      if (!loading) {
        loading = load(path.join(root, relative), kind);
        kept.set(relative, loading);
        // A file that is not there is asked for again next time (a build being replaced, say).
        void loading.then((file) => file ?? kept.delete(relative));
      }
      const file = await loading;
      if (!file) return null;
      if (matchesEtag(headers["if-none-match"], file.etag)) return { status: 304, headers: file.headers, body: Buffer.alloc(0) };
      const gzip = file.gzipped !== null && acceptsGzip(headers["accept-encoding"]);
      const body = gzip ? file.gzipped! : file.plain;
      return {
        status: 200,
        headers: { ...file.headers, "Content-Length": String(body.length), ...(gzip && { "Content-Encoding": "gzip" }) },
        body: method === "HEAD" ? Buffer.alloc(0) : body,
      };
    },
  };
}
