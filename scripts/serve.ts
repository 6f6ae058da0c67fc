/**
 * The production server: Next.js's request handler behind a plain Node HTTP server, so the app
 * knows who is asking. Every request gets the client's address (lib/request/client-address.ts) in a
 * header signed with a key of this process, so a client cannot set it; Next.js alone would keep a
 * client's own X-Forwarded-For. A few kinds of request are answered before Next.js, more cheaply:
 * the build's static files, the public pages and a spent writer's 429.
 *
 * Listens on 127.0.0.1 unless HOST says otherwise: a fresh `npm start` with demo accounts must not
 * be reachable from the network by accident.
 *
 *   tsx scripts/serve.ts [--port 3000] [--host 127.0.0.1]
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { resolveClientAddress, stampClientAddress, trustedProxies } from "../lib/request/client-address";
import { isDocumentRequest, stripNoncesFromDocument } from "../lib/http/document-response";
import { environment, environmentOrExit } from "../lib/config/environment";
import { answerPublicRequest } from "../lib/publishing/public-routes";
import { answerSpentWriter } from "../lib/http/spent-writer-gate";
import { stopWorker } from "../lib/jobs/start-worker";
import { staticFiles } from "../lib/http/static-files";
import { acceptsGzip } from "../lib/http/negotiation";

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
// Every setting is checked before anything starts: a bad one stops the server with its name and value.
environmentOrExit();
const port = Number(argument("port") ?? environment().PORT);
const host = argument("host") ?? environment().HOST ?? "127.0.0.1";
const trusted = trustedProxies();

const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
// The build's scripts, styles and fonts, from memory (lib/http/static-files.ts), in the folder
// next.config.js builds into. Were the two ever to differ, Next.js would answer them as before.
const builtFiles = staticFiles(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static"));

/** A built static file, answered from memory, gzipped once; false for anything else. */
async function answerStatic(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const answer = await builtFiles.answer(request.method, request.url, request.headers).catch((error) => {
    console.error("A static file could not be read; Next.js answers it.", error);
    return null;
  });
  if (!answer) return false;
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
  return true;
}

/**
 * The published fact-checks (/p/…) are answered here, from the page stored at publication, without
 * Next.js's rendering pipeline: a crowd of readers on one story costs a map lookup each
 * (lib/publishing/public-routes.ts; app/p/ answers the same through Next.js under `next start`).
 */
async function answerPublic(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if (!request.url?.startsWith("/p/")) return false;
  try {
    const answer = await answerPublicRequest(request.method ?? "GET", new URL(request.url, "http://localhost"), request.headers["if-none-match"] ?? null);
    if (!answer) return false;
    // A published page is kept gzipped too: most readers' browsers take it (Next.js compresses everything else).
    const gzip = answer.gzipped && acceptsGzip(request.headers["accept-encoding"]);
    const body = gzip ? answer.gzipped! : (answer.bytes ?? answer.body);
    // A body prepared in advance goes with its length, not in chunks.
    const length = typeof body === "string" ? {} : { "Content-Length": String(body.length) };
    response.writeHead(answer.status, { ...answer.headers, ...(gzip && { "Content-Encoding": "gzip" }), ...length });
    response.end(body);
  } catch (error) {
    console.error("A public page could not be served.", error);
    if (!response.headersSent) response.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" });
    response.end("This page cannot be shown right now. Please try again in a moment.");
  }
  return true;
}

/**
 * A write from someone whose minute of writes is spent gets its 429 here, as the route would give
 * it, at the cost of reading the session cookie (lib/http/spent-writer-gate.ts).
 */
async function answerSpentWrite(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const answer = await answerSpentWriter(request.method, request.url ?? "", request.headers.cookie).catch(() => null);
  if (!answer) return false;
  response.writeHead(answer.status, { ...answer.headers, "Content-Length": String(Buffer.byteLength(answer.body)) });
  response.end(answer.body);
  return true;
}

const server = createServer((request, response) => {
  stampClientAddress(request.headers, resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted));
  void answerStatic(request, response).then(async (answered) => {
    if (answered || (await answerPublic(request, response)) || (await answerSpentWrite(request, response))) return;
    // Page HTML loses its external scripts' nonces on the way out (lib/http/script-nonce-stripper.ts).
    if (isDocumentRequest(request)) stripNoncesFromDocument(request, response);
    void handle(request, response);
  });
});
server.listen(port, host, () => console.log(`Factmark is listening on http://${host.includes(":") ? `[${host}]` : host}:${port}`));

let stopping = false;
// Once, whichever signal comes first: a terminal's Ctrl-C and a supervisor's SIGTERM may both arrive.
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Next's close can wait on open handles (the live feed's LISTEN connection, database pools):
  // a stop asked for is a stop, within a few seconds.
  setTimeout(() => process.exit(0), 3_000).unref();
  // Running jobs finish or go back to the queue for another instance (lib/jobs/start-worker.ts).
  void Promise.allSettled([stopWorker(), app.close()]).finally(() => process.exit(0));
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
