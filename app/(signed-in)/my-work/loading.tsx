/**
 * Shown while the list waits on its data; the header stays, so the page never goes blank. Only on
 * pages that cannot answer 404: once a page streams, its status is sent and a 404 would be a 200.
 */
export default function Loading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}
