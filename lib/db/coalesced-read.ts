const ignore = () => {};

/**
 * One read shared by everyone who asks while it is being made, without ever handing a caller an
 * answer older than its question: a caller joins only a read that starts after it asked. While
 * one read runs, everyone who asks waits for it to end and shares the next; so a crowd costs one
 * read per round trip, and a caller who asks after a commit (anywhere) sees that commit.
 */
export function coalescedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const reading = read();
    running = reading;
    const done = () => {
      if (running === reading) running = null;
    };
    reading.then(done, done);
    return reading;
  };
  return () => {
    if (queued) return queued;
    if (!running) return start();
    queued = running.then(ignore, ignore).then(() => {
      queued = null;
      return start();
    });
    return queued;
  };
}
