import { describe, expect, it } from "vitest";
import { PoolBusyError, TaskTimeLimitError } from "./worker-pool";

describe("the pool's errors", () => {
  it("are recognised when another bundle's copy of the class made them (the pool is shared on globalThis)", () => {
    // What a separately bundled route's copy of TaskTimeLimitError throws: same name, other class.
    const fromOtherBundle = Object.assign(new Error("The task ran for more than 10 ms and was stopped."), { name: "TaskTimeLimitError" });
    expect(fromOtherBundle instanceof TaskTimeLimitError).toBe(true);
    expect(fromOtherBundle instanceof PoolBusyError).toBe(false);
    expect(new TaskTimeLimitError(10)).toBeInstanceOf(TaskTimeLimitError);
    expect(new PoolBusyError(3) instanceof TaskTimeLimitError).toBe(false);
    expect(new Error("plain") instanceof TaskTimeLimitError).toBe(false);
    expect(new PoolBusyError(3) instanceof Error).toBe(true);
  });
});
