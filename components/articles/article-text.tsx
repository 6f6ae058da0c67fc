import { PARAGRAPH_SEPARATOR } from "@/lib/articles/plain-text";

/** The article's canonical text as paragraphs; React escapes it. */
export function ArticleText({ text }: { text: string }) {
  return (
    <div className="article-body">
      {text.split(PARAGRAPH_SEPARATOR).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
