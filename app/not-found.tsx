import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <main id="main">
      <div className="card">
        <h1>Not found</h1>
        <p>That page does not exist, or it was removed.</p>
        <Link href="/">Back to the stories</Link>
      </div>
    </main>
  );
}
