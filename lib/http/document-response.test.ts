import { createServer, request as httpRequest, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDocumentRequest, stripNoncesFromDocument } from "./document-response";

/** Writes as Next.js does: headers set, flushed, then the page in chunks, the second only when the test says. */
let release: () => void = () => {};
const respond = (path: string, response: ServerResponse) => {
  if (path === "/data") {
    response.setHeader("content-type", "application/json");
    response.setHeader("content-length", "11");
    response.end('{"a":"<b>"}');
    return;
  }
  response.statusCode = 200;
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.flushHeaders();
  response.write(Buffer.from('<html><head><script src="/_next/static/a.js" async="" no'));
  new Promise<void>((resolve) => (release = resolve)).then(() => {
    const rest = Buffer.from('nce="n1"></script><script nonce="n1">self.__next_f.push([1,"é"])</script></head><body>Café</body></html>');
    const inTheMiddleOfÉ = rest.indexOf(Buffer.from("é</body>")) + 1;
    response.write(rest.subarray(0, inTheMiddleOfÉ));
    response.end(rest.subarray(inTheMiddleOfÉ));
  });
};

let origin = "";
const server = createServer((request, response) => {
  if (isDocumentRequest(request)) stripNoncesFromDocument(request, response);
  respond(request.url!, response);
});
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => ((origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The response's headers at once, and its decoded body once it ends; `onFirstBytes` runs when the first part arrives. */
function get(path: string, headers: Record<string, string>, onFirstBytes = () => {}): Promise<{ headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(`${origin}${path}`, { headers }, (response) => {
      const body = response.headers["content-encoding"] === "gzip" ? response.pipe(zlib.createGunzip()) : response;
      const parts: Buffer[] = [];
      body.on("data", (part: Buffer) => (parts.push(part), parts.length === 1 && onFirstBytes()));
      body.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(parts).toString("utf8") }));
      body.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

const expected = '<html><head><script src="/_next/static/a.js" async=""></script><script nonce="n1">self.__next_f.push([1,"é"])</script></head><body>Café</body></html>';

describe("a page's HTML on its way out", () => {
  it("goes gzipped, streamed (the first part arrives before the page is done), with its external scripts' nonces taken off", async () => {
    const { headers, body } = await get("/articles/1", { accept: "text/html", "accept-encoding": "gzip, br" }, () => release());
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers.vary).toContain("Accept-Encoding");
    expect(body).toBe(expected);
  });

  it("goes as it is to a client that takes no gzip, nonces taken off all the same", async () => {
    const { headers, body } = await get("/articles/1", { accept: "text/html" }, () => release());
    expect(headers["content-encoding"]).toBeUndefined();
    expect(body).toBe(expected);
  });

  it("leaves the router's data, API answers and anything not HTML alone", async () => {
    expect(isDocumentRequest({ method: "GET", url: "/articles/1", headers: { accept: "*/*", rsc: "1" } } as never)).toBe(false);
    expect(isDocumentRequest({ method: "GET", url: "/api/stories", headers: { accept: "text/html" } } as never)).toBe(false);
    expect(isDocumentRequest({ method: "POST", url: "/login", headers: { accept: "text/html" } } as never)).toBe(false);
    const { headers, body } = await get("/data", { accept: "text/html", "accept-encoding": "gzip" });
    expect(headers["content-encoding"]).toBeUndefined();
    expect(headers["content-length"]).toBe("11");
    expect(body).toBe('{"a":"<b>"}');
  });
});
