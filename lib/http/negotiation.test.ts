import { describe, expect, it } from "vitest";
import { acceptsGzip, matchesEtag } from "./negotiation";

describe("acceptsGzip", () => {
  it("takes gzip by name or by *, unless its weight is zero", () => {
    for (const header of ["gzip", "gzip, deflate, br, zstd", "br;q=1.0, GZIP;q=0.5", "*", "identity, *;q=0.1"]) expect(acceptsGzip(header), header).toBe(true);
    for (const header of [undefined, "", "identity", "br, zstd", "gzip;q=0", "gzip;q=0.000, br", "x-gzip-not"]) expect(acceptsGzip(header), String(header)).toBe(false);
  });
});

describe("matchesEtag", () => {
  const etag = '"abc123"';
  it("matches the tag alone, in a list, weakly, or *", () => {
    for (const header of ['"abc123"', '"other", "abc123"', 'W/"abc123"', "*"]) expect(matchesEtag(header, etag), header).toBe(true);
    expect(matchesEtag('"abc123"', 'W/"abc123"')).toBe(true);
  });
  it("does not match another tag, a part of one, or nothing", () => {
    for (const header of [null, undefined, "", '"other"', '"abc12"', "abc123"]) expect(matchesEtag(header, etag), String(header)).toBe(false);
  });
});
