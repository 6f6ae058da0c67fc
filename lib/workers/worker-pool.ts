import type { Worker } from "node:worker_threads";

/**
 * A small pool of worker threads for CPU-heavy work, so a request that costs seconds of CPU never
 * holds the event loop every other request waits on. Each thread runs one task at a time; a task
 * past its time limit has its thread terminated (JavaScript cannot be interrupted any other way)
 * and a new thread takes its place; past the queue's length a task is refused at once rather than
 * left to wait behind work it cannot outrun.
 */
export interface WorkerPoolOptions {
  /** Threads that run tasks at once. */
  threads: number;
  /** Tasks that may wait for a thread; one more is refused with PoolBusyError. */
  maxQueue: number;
  /** A task running longer is stopped with TaskTimeLimitError. */
  timeLimitMs: number;
  /**
   * Starts one thread running the worker file. The caller writes `new Worker(new URL(…, import.meta.url))`
   * itself so Next.js's bundler sees the worker file and builds it with the server.
   */
  startWorker: () => Worker;
}

/** The message a worker file receives, and the one it answers with (lib/workers/serve-tasks.ts). */
export interface TaskMessage<Task> {
  id: number;
  task: Task;
}
export type ReplyMessage<Result> = { id: number; ok: true; value: Result } | { id: number; ok: false; message: string };
/** Sent once by a worker file when it has loaded and listens: a task's time counts from then. */
export const READY = "ready";

/**
 * The pool lives on globalThis so that routes Next.js bundles separately share it, and each bundle
 * has its own copy of these classes: an error made by one bundle's pool is not `instanceof` the
 * class another bundle imported. So each error says what it is by a name every copy agrees on, and
 * `[Symbol.hasInstance]` reads that name.
 */
const isNamed = (value: unknown, name: string) => value instanceof Error && value.name === name;

export class PoolBusyError extends Error {
  override name = "PoolBusyError";
  constructor(readonly queued: number) {
    super(`All threads are busy and ${queued} tasks are waiting.`);
  }
  static [Symbol.hasInstance](value: unknown) {
    return isNamed(value, "PoolBusyError");
  }
}

export class TaskTimeLimitError extends Error {
  override name = "TaskTimeLimitError";
  constructor(readonly limitMs: number) {
    super(`The task ran for more than ${limitMs} ms and was stopped.`);
  }
  static [Symbol.hasInstance](value: unknown) {
    return isNamed(value, "TaskTimeLimitError");
  }
}

/** The task threw inside its thread, or the thread died (out of memory, a crash). */
export class TaskFailedError extends Error {}

export class PoolClosedError extends Error {
  constructor() {
    super("The worker pool is closed.");
  }
}

interface Pending<Task, Result> {
  id: number;
  task: Task;
  resolve: (value: Result) => void;
  reject: (error: Error) => void;
}

interface Thread<Task, Result> {
  worker: Worker;
  /** Loading its code (a second or so for Readability and linkedom) does not count against a task. */
  ready: boolean;
  running: (Pending<Task, Result> & { timer?: NodeJS.Timeout }) | null;
}

export interface WorkerPoolStats {
  threads: number;
  running: number;
  queued: number;
  /** Threads terminated for running past the time limit, or lost to a crash, and replaced. */
  replaced: number;
  completed: number;
}

export class WorkerPool<Task, Result> {
  private readonly threads: Thread<Task, Result>[] = [];
  private readonly queue: Pending<Task, Result>[] = [];
  private nextId = 1;
  private closed = false;
  private replaced = 0;
  private completed = 0;

  constructor(readonly options: WorkerPoolOptions) {
    if (!(options.threads >= 1) || !(options.maxQueue >= 0) || !(options.timeLimitMs > 0)) {
      throw new RangeError("A worker pool needs at least one thread, a queue of zero or more and a positive time limit.");
    }
  }

  run(task: Task): Promise<Result> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    return new Promise<Result>((resolve, reject) => {
      const pending = { id: this.nextId++, task, resolve, reject };
      const idle = this.threads.find((thread) => !thread.running) ?? (this.threads.length < this.options.threads ? this.startThread() : null);
      if (idle) return this.dispatch(idle, pending);
      if (this.queue.length >= this.options.maxQueue) return reject(new PoolBusyError(this.queue.length));
      this.queue.push(pending);
    });
  }

  stats(): WorkerPoolStats {
    return {
      threads: this.threads.length,
      running: this.threads.filter((thread) => thread.running).length,
      queued: this.queue.length,
      replaced: this.replaced,
      completed: this.completed,
    };
  }

  /** Refuses new tasks, fails the waiting ones and stops every thread (tests, shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new PoolClosedError());
    await Promise.all(
      this.threads.splice(0).map((thread) => {
        if (thread.running) {
          clearTimeout(thread.running.timer);
          thread.running.reject(new PoolClosedError());
        }
        return thread.worker.terminate();
      }),
    );
  }

  private startThread(): Thread<Task, Result> {
    const thread: Thread<Task, Result> = { worker: this.options.startWorker(), ready: false, running: null };
    // An idle thread must not keep a script or a test process alive; a busy one does (see dispatch).
    thread.worker.unref();
    thread.worker.on("message", (reply: ReplyMessage<Result> | typeof READY) => {
      if (reply === READY) {
        thread.ready = true;
        if (thread.running) this.startClock(thread);
        return;
      }
      const running = thread.running;
      if (!running || reply.id !== running.id) return;
      clearTimeout(running.timer);
      thread.running = null;
      thread.worker.unref();
      this.completed++;
      if (reply.ok) running.resolve(reply.value);
      else running.reject(new TaskFailedError(reply.message));
      this.next(thread);
    });
    const lost = (error: Error) => {
      if (!this.threads.includes(thread)) return;
      this.remove(thread);
      if (thread.running) {
        clearTimeout(thread.running.timer);
        thread.running.reject(new TaskFailedError(error.message));
      }
      this.replaced++;
      this.fill();
    };
    thread.worker.on("error", lost);
    thread.worker.on("exit", (code) => lost(new Error(`The worker thread stopped (exit code ${code}).`)));
    this.threads.push(thread);
    return thread;
  }

  private dispatch(thread: Thread<Task, Result>, pending: Pending<Task, Result>) {
    thread.running = { ...pending };
    if (thread.ready) this.startClock(thread);
    thread.worker.ref();
    thread.worker.postMessage({ id: pending.id, task: pending.task } satisfies TaskMessage<Task>);
  }

  private startClock(thread: Thread<Task, Result>) {
    const running = thread.running!;
    running.timer = setTimeout(() => {
      // The only way to stop JavaScript that is running is to end its thread.
      this.remove(thread);
      thread.running = null;
      void thread.worker.terminate();
      this.replaced++;
      running.reject(new TaskTimeLimitError(this.options.timeLimitMs));
      this.fill();
    }, this.options.timeLimitMs);
  }

  private next(thread: Thread<Task, Result>) {
    const pending = this.queue.shift();
    if (pending) this.dispatch(thread, pending);
  }

  /** Starts threads for waiting tasks, up to the pool's size (after one was lost). */
  private fill() {
    while (!this.closed && this.queue.length && this.threads.length < this.options.threads) this.next(this.startThread());
  }

  private remove(thread: Thread<Task, Result>) {
    const at = this.threads.indexOf(thread);
    if (at >= 0) this.threads.splice(at, 1);
  }
}
