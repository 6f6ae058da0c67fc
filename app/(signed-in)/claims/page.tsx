import type { Metadata } from "next";
import { ClaimResults } from "@/components/claims/claim-results";
import { ClaimSearchForm } from "@/components/claims/claim-search-form";
import { ImportChecks } from "@/components/claims/import-checks";
import { ErrorAlert } from "@/components/ui/alert";
import { listStoryChoices } from "@/lib/articles/list-stories";
import { requirePageUser } from "@/lib/auth/page-guard";
import { searchClaims } from "@/lib/claims/search-claims";
import { can } from "@/lib/policy/policy";
import { listPeople } from "@/lib/users/list-people";
import { formatIssues } from "@/lib/validation/format-issues";
import { claimSearchQuerySchema } from "@/lib/validation/claim-schemas";

export const metadata: Metadata = { title: "Checked claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The desk's memory: every check an editor approved, and other publishers' imported reviews, searchable. */
export default async function ClaimsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const parsed = claimSearchQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : claimSearchQuerySchema.parse({});
  const [result, stories, people] = await Promise.all([searchClaims(user, query), listStoryChoices(user, query.story), listPeople(user)]);
  const filtered = Boolean(query.q || query.rating || query.kind || query.story || query.person || query.from || query.to);

  return (
    <>
      <h1>Checked claims</h1>
      <p className="page-intro">
        The desk’s memory: every claim, figure and denial an editor approved, with its verdict, who checked it and when, and where the public reads it.
        When someone annotates the same claim in another story, the article page offers these checks under “Checked before”.
      </p>
      <ClaimSearchForm query={raw} stories={stories.map((s) => ({ value: s.id, label: s.title }))} people={people.map((p) => ({ value: p.id, label: p.name }))} />
      <ErrorAlert message={parsed.success ? null : `${formatIssues(parsed.error)} Showing every check instead.`} />
      <ClaimResults result={result} query={parsed.success ? raw : {}} origin={query.origin} filtered={filtered} />
      {can(user, "claims.import") && <ImportChecks />}
    </>
  );
}
