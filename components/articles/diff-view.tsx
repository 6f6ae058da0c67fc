import { TOO_DIFFERENT_MESSAGE, type DiffPart } from "@/lib/text/text-diff";

/** Removed words struck through, added words underlined, the rest as it reads. */
export function DiffView({ parts, label, tooDifferent = false, unavailable }: { parts: DiffPart[]; label: string; tooDifferent?: boolean; unavailable?: string }) {
  if (unavailable) return <p className="alert">{unavailable}</p>;
  if (!parts.some((p) => p.kind !== "same")) return <p className="empty">No differences.</p>;
  return (
    <div className="diff" aria-label={label}>
      {tooDifferent && <p className="alert">{TOO_DIFFERENT_MESSAGE}</p>}
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === "removed" ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
