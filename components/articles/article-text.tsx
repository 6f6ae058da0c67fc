import { BLOCK_SEPARATOR } from "@/lib/anchoring/text-index";

/** The article's canonical text as plain paragraphs (shown until the editor is ready). */
export function ArticleText({ text }: { text: string }) {
  return (
    <div className="article-body" aria-label="Article text">
      {text.split(BLOCK_SEPARATOR).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
