import { describe, expect, it } from "vitest";
import { coalescedRead } from "./coalesced-read";

/** A read whose answers the test hands out one at a time, to see who shares which. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  const read = coalescedRead(() => new Promise<number>((resolve) => pending.push(resolve)));
  return { read, pending };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("a read shared by whoever asks at once", () => {
  it("shares one read among those who ask while none runs, and never hands anyone a read that started before they asked", async () => {
    const { read, pending } = controlledRead();
    const first = read();
    expect(pending).toHaveLength(1);
    // Asked while the first read runs: the database may have changed since it started.
    const second = read();
    const third = read();
    expect(pending).toHaveLength(1);
    pending[0](1);
    expect(await first).toBe(1);
    await settle();
    expect(pending).toHaveLength(2);
    const fourth = read();
    pending[1](2);
    expect([await second, await third]).toEqual([2, 2]);
    await settle();
    pending[2](3);
    expect(await fourth).toBe(3);
    expect(pending).toHaveLength(3);
  });

  it("starts afresh after a read fails, and hands the failure only to those who shared it", async () => {
    let calls = 0;
    const read = coalescedRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error("connection lost");
      return calls;
    });
    const failed = read();
    const next = read();
    await expect(failed).rejects.toThrow("connection lost");
    expect(await next).toBe(2);
    expect(await read()).toBe(3);
  });
});
