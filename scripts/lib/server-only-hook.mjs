// The resolve hook registered by outside-next.mjs.
const EMPTY = new URL("./server-only-empty.mjs", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
