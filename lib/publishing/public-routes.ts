import { feedQuerySchema } from "../validation/report-schemas";
import { publicEmbedParams, publicSlugParams } from "../validation/route-params";
import { formatIssues } from "../validation/format-issues";
import { answerFeed } from "./public-feed";
import { answerEmbed, answerPublicPage, publicHeaders, type PublicAnswer } from "./serve-public";

/**
 * Every public address under /p/, in one place: the route handlers in app/p/ and the production
 * server's fast path (scripts/serve.ts, which answers them without going through Next.js, so a
 * crowd of readers costs little) both call this. Null for anything else.
 */
export async function answerPublicRequest(method: string, url: URL, ifNoneMatch: string | null): Promise<PublicAnswer | null> {
  const parts = url.pathname.split("/").slice(1);
  if (parts[0] !== "p" || (method !== "GET" && method !== "HEAD")) return null;
  let answer: PublicAnswer | null = null;
  if (parts.length === 2 && parts[1] === "feed.json") {
    const query = feedQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    answer = query.success
      ? await answerFeed(query.data.page, ifNoneMatch)
      : { status: 400, headers: publicHeaders({ "Content-Type": "application/json; charset=utf-8" }), body: JSON.stringify({ error: formatIssues(query.error), code: "invalid_input" }) };
  } else if (parts.length === 2) {
    const params = publicSlugParams.safeParse({ slug: parts[1] });
    answer = await answerPublicPage(params.success ? params.data.slug : "", ifNoneMatch);
  } else if (parts.length === 5 && parts[2] === "claims" && parts[4] === "embed") {
    const params = publicEmbedParams.safeParse({ slug: parts[1], n: parts[3] });
    answer = await answerEmbed(params.success ? params.data.slug : "", params.success ? params.data.n : 0, ifNoneMatch);
  }
  if (!answer || method !== "HEAD") return answer;
  return { ...answer, body: "", bytes: undefined, gzipped: undefined };
}
