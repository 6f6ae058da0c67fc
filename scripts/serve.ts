/**
 * The production server: Next.js's request handler behind a plain Node HTTP server, so the app
 * knows who is asking. Every request gets the client's address (lib/http/client-address.ts) in a
 * header a client cannot set; Next.js alone would keep a client's own X-Forwarded-For.
 *
 * Listens on 127.0.0.1 unless HOST says otherwise: a fresh `npm start` with demo accounts must not
 * be reachable from the network by accident.
 *
 *   tsx scripts/serve.ts [--port 3000] [--host 127.0.0.1]
 */
import { createServer } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxies } from "../lib/http/client-address";

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const port = Number(argument("port") ?? process.env.PORT ?? 3000);
const host = argument("host") ?? process.env.HOST ?? "127.0.0.1";
const trusted = trustedProxies();

const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
  void handle(request, response);
});
server.listen(port, host, () => console.log(`Factmark is listening on http://${host.includes(":") ? `[${host}]` : host}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    // Next's close can wait on open handles (the live feed's LISTEN connection, database pools):
    // a stop asked for is a stop, within a few seconds.
    setTimeout(() => process.exit(0), 3_000).unref();
    void app.close().finally(() => process.exit(0));
  });
}
