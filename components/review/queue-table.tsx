import { Link } from "@/components/ui/link";
import type { QueueItem } from "@/lib/review/review-queue";
import { KIND_LABELS, shortQuote } from "../annotations/labels";
import { formatWhen } from "./labels";

/** Annotations as rows that open them in their article. */
export function QueueTable({ items, label, showSubmitted = true }: { items: QueueItem[]; label: string; showSubmitted?: boolean }) {
  return (
    <div className="table-scroll">
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Quote</th>
            <th scope="col">Kind</th>
            <th scope="col">Article</th>
            <th scope="col">Annotator</th>
            {showSubmitted && <th scope="col">Submitted</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/articles/${item.article.id}?annotation=${item.id}`}>“{shortQuote(item.exact, 90)}”</Link>
              </td>
              <td>
                <span className={`kind-badge kind-${item.kind.toLowerCase()}`}>{KIND_LABELS[item.kind]}</span>
              </td>
              <td>
                {item.article.title}
                <div className="muted">{item.story.title}</div>
              </td>
              <td>{item.author.name}</td>
              {showSubmitted && <td>{item.submittedAt ? formatWhen(item.submittedAt) : "—"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
