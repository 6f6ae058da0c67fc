import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, FetchProblem, type FetchOptions } from "./fetch-page";

/** A small site of our own on 127.0.0.1, reached by the name "localhost" (the one host the tests allow). */
let server: Server;
let origin: string;
let port: number;

const pages: Record<string, (res: import("node:http").ServerResponse) => void> = {
  "/news": (res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<html><head><title>Phone data</title></head><body><p>70.3 million recordings — “quoted”.</p></body></html>`);
  },
  "/latin1": (res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=ISO-8859-1" });
    res.end(Buffer.from("<p>Le Monde a révélé l’écoute</p>".replace("’", "'"), "latin1"));
  },
  "/meta-1252": (res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), Buffer.from([0x93, 0x68, 0x69, 0x94]), Buffer.from("</body></html>")]));
  },
  "/bad-utf8": (res) => {
    res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(Buffer.from([0x61, 0xff, 0xfe, 0x62]));
  },
  "/r1": (res) => redirect(res, "/r2"),
  "/r2": (res) => redirect(res, `${origin}/news`),
  "/loop": (res) => redirect(res, "/loop"),
  "/to-private": (res) => redirect(res, `http://127.0.0.1:${port}/news`),
  "/to-metadata": (res) => redirect(res, "http://169.254.169.254/latest/meta-data/"),
  "/to-file": (res) => redirect(res, "file:///etc/passwd"),
  "/slow": (res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.write("<p>never ends");
  },
  "/huge": (res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end("x".repeat(3_000));
  },
  "/huge-announced": (res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Length": "3000" });
    res.end("x".repeat(3_000));
  },
  "/short": (res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Length": "1000" });
    res.write("<p>only this");
    setTimeout(() => res.socket?.destroy(), 20);
  },
  "/pdf": (res) => {
    res.writeHead(200, { "Content-Type": "application/pdf" });
    res.end("%PDF-1.4");
  },
  "/gone": (res) => {
    res.writeHead(404, { "Content-Type": "text/html" });
    res.end("not here");
  },
};

function redirect(res: import("node:http").ServerResponse, to: string) {
  res.writeHead(302, { Location: to });
  res.end();
}

beforeAll(async () => {
  server = createServer((req, res) => (pages[req.url ?? ""] ?? pages["/gone"])(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://localhost:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options: FetchOptions = { allowHosts: ["localhost"], timeoutMs: 1_000, maxBytes: 2_000, onlyAllowed: false };
const problem = async (address: string, settings = options) => {
  const error = await fetchPage(address, settings).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchProblem);
  return error as FetchProblem;
};

describe("fetchPage", () => {
  it("fetches a page, following redirects and honouring its character set", async () => {
    const page = await fetchPage(`${origin}/r1`, options);
    expect(page).toMatchObject({ url: `${origin}/news`, redirects: [`${origin}/r2`, `${origin}/news`], status: 200, contentType: "text/html", charset: "utf-8" });
    expect(page.text).toContain("70.3 million recordings — “quoted”");
    expect((await fetchPage(`${origin}/latin1`, options)).text).toContain("Le Monde a révélé l'écoute");
    const meta = await fetchPage(`${origin}/meta-1252`, options);
    expect([meta.charset, meta.text.includes("“hi”")]).toEqual(["windows-1252", true]);
  });

  it("refuses addresses that are not public web pages, before connecting", async () => {
    for (const address of ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "not an address"]) {
      expect((await problem(address)).kind, address).toBe("refused");
    }
    expect((await problem("https://user:secret@example.com/")).message).toMatch(/user name or password/);
    for (const address of [`http://127.0.0.1:${port}/news`, "http://10.0.0.5/", "http://169.254.169.254/latest/", `http://[::1]:${port}/`, "http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/"]) {
      expect((await problem(address)).message, address).toMatch(/private or local network/);
    }
    // IPv6 forms that carry a private IPv4 (lib/web/address-policy.test.ts has the whole table).
    for (const address of [`http://[::127.0.0.1]:${port}/news`, "http://[::ffff:0:a9fe:a9fe]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::1]/", "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/"]) {
      expect((await problem(address)).message, address).toMatch(/private or local network/);
    }
    // A name is checked by what it resolves to: "localhost" is loopback unless the host is allowed.
    expect((await problem(`${origin}/news`, { ...options, allowHosts: [] })).message).toMatch(/private or local network/);
  });

  it("checks every redirect like the first address, and stops after five", async () => {
    expect((await problem(`${origin}/to-private`)).message).toMatch(/127\.0\.0\.1 points to a private or local network/);
    expect((await problem(`${origin}/to-metadata`)).message).toMatch(/169\.254\.169\.254/);
    expect((await problem(`${origin}/to-file`)).message).toMatch(/redirects somewhere Factmark will not go/);
    expect((await problem(`${origin}/loop`)).message).toMatch(/more than 5 times/);
  });

  it("gives up on a page that never ends, is too large, stops short, is not a web page, is gone, or is not valid in its character set", async () => {
    expect(await problem(`${origin}/slow`)).toMatchObject({ kind: "gone", message: expect.stringMatching(/longer than 1 seconds/) });
    expect((await problem(`${origin}/huge`)).message).toMatch(/larger than/);
    expect((await problem(`${origin}/huge-announced`)).message).toMatch(/larger than/);
    expect((await problem(`${origin}/short`)).message).toMatch(/stopped arriving before it was complete/);
    expect((await problem(`${origin}/pdf`)).message).toMatch(/leads to a PDF, not a web page/);
    expect(await problem(`${origin}/gone`)).toMatchObject({ kind: "gone", status: 404 });
    expect((await problem(`${origin}/bad-utf8`)).message).toMatch(/not valid UTF-8/);
  });
});
