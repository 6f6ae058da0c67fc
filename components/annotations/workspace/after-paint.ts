/**
 * Runs `work` once the browser has painted the next frame (or after `fallbackMs`, as a hidden tab
 * paints no frames): what a key press set going, such as fetching the annotation it opened, then
 * waits for the frame that answers the key instead of delaying it.
 */
export function afterNextPaint(work: () => void, fallbackMs = 100): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  const frame = requestAnimationFrame(() => setTimeout(run));
  const fallback = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
