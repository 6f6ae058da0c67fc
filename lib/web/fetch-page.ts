import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress } from "./address-policy";
import { decodePage } from "./decode-page";
import { FetchProblem } from "./fetch-problem";
import { environment } from "../config/environment";

export { FetchProblem } from "./fetch-problem";

export interface FetchedPage {
  requestedUrl: string;
  /** Where the page was found, after redirects. */
  url: string;
  redirects: string[];
  status: number;
  contentType: "text/html" | "application/xhtml+xml" | "text/plain" | "application/json" | "application/ld+json";
  charset: string;
  text: string;
  bytes: number;
  fetchedAt: Date;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Hosts (or host:port) fetched even though their address is not public: what tests use for their own server. */
  allowHosts?: string[];
  /** Fetch nothing but the allowed hosts. */
  onlyAllowed?: boolean;
  /** Also take JSON (a feed, a file of JSON-LD) besides pages. */
  json?: boolean;
}

const TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const JSON_TYPES = new Set(["application/json", "application/ld+json"]);
const USER_AGENT = "Factmark/0.1 (fact-check desk; archives the pages its checkers cite)";

const allowedHosts = () => environment().FETCH_ALLOW_HOSTS.map((h) => h.toLowerCase());
// FETCH_ONLY_ALLOWED=true: nothing but the allowed hosts (a desk that limits what its server reaches; the tests, which must never touch the internet).
const onlyAllowed = () => environment().FETCH_ONLY_ALLOWED;

/** The address as given, or a refusal: http and https only, no credentials in it. */
export function checkAddress(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchProblem("refused", "That is not a web address. Paste the whole address, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchProblem("refused", `Only web pages (http or https) can be fetched, not a ${url.protocol.replace(":", "")}: address.`);
  if (url.username || url.password) throw new FetchProblem("refused", "The address has a user name or password in it. Remove them: Factmark does not sign in to other sites.");
  return url;
}

const notPublic = (host: string) =>
  new FetchProblem("refused", `${host} points to a private or local network address. Factmark only fetches pages on the public internet.`);

/**
 * Resolves a host for the connection and refuses it unless every address it has is public (or
 * the host is allowed): the connection goes to the address checked here, so a name that
 * resolves differently a moment later cannot slip through.
 */
function guardedLookup(allowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      if (!allowed && addresses.some((a) => !isPublicAddress(a.address))) return callback(notPublic(hostname), "", 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function request(url: URL, options: Required<FetchOptions>, signal: AbortSignal): Promise<IncomingMessage> {
  const accept = options.json ? "text/html,application/xhtml+xml,application/json,application/ld+json,text/plain;q=0.9,*/*;q=0.1" : "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const allowed = options.allowHosts.includes(host) || options.allowHosts.includes(`${host}:${url.port}`);
  // An address written as such never reaches a lookup.
  if (isIP(host) && !allowed && !isPublicAddress(host)) throw notPublic(host);
  if (!allowed && options.onlyAllowed) throw new FetchProblem("refused", `This Factmark fetches pages only from ${options.allowHosts.join(", ") || "no site at all"} (FETCH_ONLY_ALLOWED), not from ${host}.`);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // No pooled connections: every fetch connects anew, through the guarded lookup.
    const req = client.request(url, { method: "GET", agent: false, headers: { "User-Agent": USER_AGENT, Accept: accept }, lookup: guardedLookup(allowed), signal });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

/** Reads the body, at most `maxBytes`, whatever the page announced. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const announced = Number(response.headers["content-length"]);
  if (announced > maxBytes) {
    response.destroy();
    throw new FetchProblem("refused", `The page is larger than ${Math.round(maxBytes / 1_000_000)} MB, which is more than Factmark archives.`, undefined, true);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchProblem("refused", `The page is larger than ${Math.round(maxBytes / 1_000_000)} MB, which is more than Factmark archives.`, undefined, true);
    }
    chunks.push(chunk as Buffer);
  }
  if (!response.complete) throw new FetchProblem("failed", "The page stopped arriving before it was complete (the server broke off, or announced a length it did not send). Try again later.");
  return Buffer.concat(chunks);
}

function describe(error: unknown): FetchProblem {
  if (error instanceof FetchProblem) return error;
  const code = (error as { code?: string; name?: string }).code ?? (error as { name?: string }).name;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new FetchProblem("gone", "No server answers to that address's name (it could not be found).");
  if (code === "ECONNREFUSED") return new FetchProblem("gone", "The server refused the connection.");
  if (code === "AbortError" || code === "ABORT_ERR" || code === "ETIMEDOUT") return new FetchProblem("gone", "The page took longer than 10 seconds, so Factmark stopped waiting. Try again later.");
  if (code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE") return new FetchProblem("failed", "The page stopped arriving before it was complete (the server broke off, or announced a length it did not send). Try again later.");
  if ((typeof code === "string" && code.startsWith("ERR_TLS")) || code === "CERT_HAS_EXPIRED" || code === "DEPTH_ZERO_SELF_SIGNED_CERT") return new FetchProblem("failed", "The site's secure connection could not be verified (a certificate problem).");
  return new FetchProblem("failed", "The page could not be fetched. Try again later.");
}

/**
 * Fetches one outside page the careful way: http and https only, each of at most five redirects
 * checked like the first address, never a private or local network address (unless the host is
 * in FETCH_ALLOW_HOSTS), ten seconds and five megabytes at most (counted while reading), HTML,
 * XHTML or plain text only, decoded in the page's own character set. Throws FetchProblem with
 * the reason in words.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings = {
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 5_000_000,
    maxRedirects: options.maxRedirects ?? 5,
    allowHosts: options.allowHosts ?? allowedHosts(),
    onlyAllowed: options.onlyAllowed ?? onlyAllowed(),
    json: options.json ?? false,
  };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const requestedUrl = checkAddress(address);
  const redirects: string[] = [];
  let url = requestedUrl;
  try {
    for (;;) {
      const response = await request(url, settings, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        if (redirects.length >= settings.maxRedirects) throw new FetchProblem("refused", `The address redirects more than ${settings.maxRedirects} times, so Factmark stopped following it.`);
        let next: URL;
        try {
          next = checkAddress(new URL(location, url).href);
        } catch (error) {
          throw error instanceof FetchProblem ? new FetchProblem("refused", `The page redirects somewhere Factmark will not go: ${error.message}`) : error;
        }
        redirects.push(next.href);
        url = next;
        continue;
      }
      if (status === 404 || status === 410) {
        response.resume();
        throw new FetchProblem("gone", status === 404 ? "The page is not there any more (404 Not Found)." : "The page was removed (410 Gone).", status);
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchProblem("failed", `The server answered with an error (${status}). Try again later.`, status);
      }
      const [type, ...params] = String(response.headers["content-type"] ?? "text/html").split(";").map((p) => p.trim().toLowerCase());
      if (!TYPES.has(type) && !(settings.json && JSON_TYPES.has(type))) {
        response.destroy();
        const what = type === "application/pdf" ? "a PDF" : type.startsWith("image/") ? "an image" : `a file of type ${type || "unknown"}`;
        throw new FetchProblem("refused", `The address leads to ${what}, not a web page. Factmark archives HTML and plain-text pages.`);
      }
      const body = await readBody(response, settings.maxBytes);
      const declared = params.find((p) => p.startsWith("charset="))?.slice(8).replace(/"/g, "") ?? null;
      const { text, charset } = decodePage(body, declared, TYPES.has(type) && type !== "text/plain");
      return { requestedUrl: requestedUrl.href, url: url.href, redirects, status, contentType: type as FetchedPage["contentType"], charset, text, bytes: body.length, fetchedAt: new Date() };
    }
  } catch (error) {
    throw signal.aborted && !(error instanceof FetchProblem && error.kind === "refused")
      ? new FetchProblem("gone", `The page took longer than ${settings.timeoutMs / 1000} seconds, so Factmark stopped waiting. Try again later.`)
      : describe(error);
  }
}
