// Loaded with `tsx --import ./scripts/lib/outside-next.mjs`: the scripts and the Node server run
// lib/ modules that carry `import "server-only"` (so Next.js refuses to bundle them for a
// browser). Outside Next's React Server Components build that marker would throw, so here it
// resolves to an empty module, as Next's own server build does.
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
