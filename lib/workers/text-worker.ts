// The worker thread of the text pool (text-work-pool.ts): Readability and word diffs run here.
import { serveTasks } from "./serve-tasks";
import { runTextTask } from "./text-work";

serveTasks(runTextTask);
