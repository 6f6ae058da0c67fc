import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/users", { method, headers: { host: "localhost:3000", ...headers } });

describe("isSameOriginRequest", () => {
  it("allows reads from anywhere", () => {
    expect(isSameOriginRequest(request("GET", { origin: "https://evil.example" }))).toBe(true);
  });

  it("allows writes from the app's own origin", () => {
    expect(isSameOriginRequest(request("POST", { origin: "http://localhost:3000" }))).toBe(true);
  });

  it("refuses writes from another origin or a cross-site fetch", () => {
    expect(isSameOriginRequest(request("PATCH", { origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(request("DELETE", { origin: "http://localhost:3001" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: "null" }))).toBe(false);
  });

  it("allows non-browser clients, which send no Origin and carry no victim's cookies", () => {
    expect(isSameOriginRequest(request("POST", {}))).toBe(true);
  });
});
