import type { z } from "zod";
import type { LiveFrames } from "../contracts/live";
import { db } from "../db/client";

/** A page that has this much unread is not reading (a stalled tab, a client that never reads): it is dropped and reconnects later. */
export const MAX_UNREAD_BYTES = 1_000_000;
/** Live pages one person may have open at once, across every article, story and app instance. */
export const MAX_FEEDS_PER_PERSON = 12;
export const KEEPALIVE_MS = 15_000;
const STREAM_BUFFER_BYTES = 64 * 1024;

const encoder = new TextEncoder();

/** One Server-Sent Event, its data as the live feed's contract says it is (lib/contracts/live.ts). */
export function frame<K extends keyof LiveFrames>(event: K, data: z.input<LiveFrames[K]>, id?: number): Uint8Array {
  return encoder.encode(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

export interface SseStream {
  stream: ReadableStream<Uint8Array>;
  /** Queues bytes for the page; a page that stopped reading is dropped instead. */
  send(chunk: Uint8Array): void;
  /** Tells the page its session ended, and closes. */
  revoke(): void;
  /** Runs steps one after another, so what they send goes out in order however events arrive. */
  queue(step: () => Promise<void>): void;
  stop(): Promise<void>;
  readonly closed: boolean;
}

/**
 * The part every live feed shares: a Server-Sent Events stream with the browser's retry time and
 * a `hello`, backpressure (a page that does not read is dropped, not buffered for ever), steps
 * run in order, a `ping` every 15 s so a page can tell a dead connection from a quiet one, and
 * `onStop` once, however the stream ends (the page left, the server dropped it, access revoked).
 */
export function openSseStream(options: { signal: AbortSignal; hello: z.input<LiveFrames["hello"]>; maxUnreadBytes?: number; onStop(): Promise<void> | void }): SseStream {
  const maxUnreadBytes = options.maxUnreadBytes ?? MAX_UNREAD_BYTES;
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let keepAlive: NodeJS.Timeout | null = null;

  const send = (chunk: Uint8Array) => {
    if (closed) return;
    try {
      controller.enqueue(chunk);
    } catch {
      void stop();
      return;
    }
    // Backpressure: what the page has not read yet stays queued here, in this server's memory.
    if (STREAM_BUFFER_BYTES - (controller.desiredSize ?? 0) > maxUnreadBytes) void stop();
  };

  async function stop() {
    if (closed) return;
    closed = true;
    if (keepAlive) clearInterval(keepAlive);
    try {
      controller.close();
    } catch {
      // Already closed by the client.
    }
    await options.onStop();
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        send(encoder.encode("retry: 2000\n\n"));
        send(frame("hello", options.hello));
      },
      cancel() {
        void stop();
      },
    },
    { highWaterMark: STREAM_BUFFER_BYTES, size: (chunk) => chunk.byteLength },
  );
  options.signal.addEventListener("abort", () => void stop(), { once: true });
  // An event rather than a comment, so the page can tell a silent dead connection from a quiet feed.
  keepAlive = setInterval(() => send(frame("ping", {})), KEEPALIVE_MS);

  return {
    stream,
    send,
    stop,
    revoke() {
      send(frame("revoked", { message: "Your session ended. Sign in again to keep working." }));
      void stop();
    },
    queue(step) {
      chain = chain.then(step).catch((error) => {
        console.error("Live updates: a page's feed failed; it will reconnect.", error);
        void stop();
      });
    },
    get closed() {
      return closed;
    },
  };
}

/** Whether the person's session still stands: not disabled, not signed out everywhere. */
export async function stillAllowed(user: { id: string; sessionVersion: number }): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { disabled: true, sessionVersion: true } });
  return !!row && !row.disabled && row.sessionVersion === user.sessionVersion;
}
