import { parentPort } from "node:worker_threads";
import { READY, type ReplyMessage, type TaskMessage } from "./worker-pool";

/** Inside a worker file: answers each task the pool sends with `handle`'s result, or its error's message. */
export function serveTasks<Task, Result>(handle: (task: Task) => Result) {
  const port = parentPort;
  if (!port) throw new Error("serveTasks runs inside a worker thread only.");
  port.on("message", ({ id, task }: TaskMessage<Task>) => {
    let reply: ReplyMessage<Result>;
    try {
      reply = { id, ok: true, value: handle(task) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage(READY);
}
