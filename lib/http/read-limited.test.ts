import { describe, expect, it } from "vitest";
import { PayloadTooLargeError, ValidationError } from "../errors/domain-error";
import { readLimitedBytes, readLimitedText } from "./read-limited";

/** A chunked body (no Content-Length) that never ends: only counting while reading can stop it. */
function endlessRequest(pulled: { chunks: number }): Request {
  const chunk = new Uint8Array(64 * 1024).fill(97);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.chunks++;
      controller.enqueue(chunk);
    },
  });
  return new Request("http://factmark.test/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("body size limits (security review, item 9)", () => {
  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const pulled = { chunks: 0 };
    await expect(readLimitedBytes(endlessRequest(pulled), 1_000_000)).rejects.toBeInstanceOf(PayloadTooLargeError);
    // 1 MB in 64 KB chunks: it read 16 or 17 of them and stopped, not the endless rest.
    expect(pulled.chunks).toBeLessThan(20);
  });

  it("stops on a cloned body too, without waiting for the other copy", async () => {
    const pulled = { chunks: 0 };
    await expect(readLimitedBytes(endlessRequest(pulled).clone(), 200_000)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const request = new Request("http://factmark.test/api/x", { method: "POST", body: "x".repeat(10), headers: { "content-length": "5000000" } });
    await expect(readLimitedText(request, 1_000, "The sign-in form")).rejects.toThrow(/The sign-in form is too large: the limit is 1 KB/);
  });

  it("reads a body within the limit whole", async () => {
    const request = new Request("http://factmark.test/api/x", { method: "POST", body: "{\"a\":\"é\"}" });
    expect(await readLimitedText(request, 1_000)).toBe("{\"a\":\"é\"}");
  });

  it("refuses bytes that are not UTF-8 rather than storing replacement characters", async () => {
    const request = new Request("http://factmark.test/api/x", { method: "POST", body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) });
    await expect(readLimitedText(request, 1_000)).rejects.toThrow(ValidationError);
  });
});
