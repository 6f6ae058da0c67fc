import { Agent, request } from "node:http";

export interface PlainAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Plain HTTP, as a script sends it: Node's own client over kept-alive connections (Node's fetch
 * spends several times the CPU a request, which thousands of requests in a row feel).
 */
export function plainHttp(maxSockets = 8) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const send = async (url: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array | FormData } = {}): Promise<PlainAnswer> => {
    let bytes: Uint8Array | string | undefined = body as Uint8Array | string | undefined;
    const sent = { ...headers };
    if (body instanceof FormData) {
      // Encoded with its boundary as a browser would, by the platform's own encoder.
      const encoded = new Response(body);
      bytes = new Uint8Array(await encoded.arrayBuffer());
      sent["content-type"] = encoded.headers.get("content-type")!;
    }
    if (bytes !== undefined) sent["content-length"] = String(typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength);
    return new Promise((resolve, reject) => {
      const outgoing = request(url, { method, agent, headers: sent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(bytes);
    });
  };
  return { send, close: () => agent.destroy() };
}
