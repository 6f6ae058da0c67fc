import { KIND_LABELS, KINDS } from "@/components/annotations/labels";
import { CLAIM_RATINGS, DENIAL_FINDINGS, FIGURE_OUTCOMES } from "@/lib/vocabulary/verdicts";
import { SelectField, type Option } from "../ui/select-field";

/** Every verdict the desk gives, named with what it is a verdict on. */
const RATINGS: Option[] = [
  ...Object.entries(CLAIM_RATINGS)
    .filter(([key]) => key !== "UNVERIFIABLE")
    .map(([value, { label }]) => ({ value, label: `Claim: ${label}` })),
  { value: "UNVERIFIABLE", label: "Unverifiable (claim or figure)" },
  ...Object.entries(FIGURE_OUTCOMES)
    .filter(([key]) => key !== "UNVERIFIABLE")
    .map(([value, label]) => ({ value, label: `Figure: ${label}` })),
  ...Object.entries(DENIAL_FINDINGS).map(([value, label]) => ({ value, label: `Denial: ${label}` })),
];

/**
 * The search of the desk's memory: a plain GET form, so every search is an address that can be
 * shared, reloaded and gone back to. The server parses it (lib/validation/claim-schemas.ts).
 */
export function ClaimSearchForm({ query, stories, people }: { query: Record<string, string>; stories: Option[]; people: Option[] }) {
  return (
    <form className="card filters-form" method="get" action="/claims" aria-label="Search the checked claims">
      <div className="field">
        <label htmlFor="claims-q">Words</label>
        <input id="claims-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={300} placeholder="70.3 million phone records" />
      </div>
      <div className="form-row">
        <SelectField id="claims-origin" label="Checked by" name="origin" defaultValue={query.origin ?? "desk"} options={[{ value: "desk", label: "This desk" }, { value: "imported", label: "Other publishers (imported)" }]} />
        <SelectField id="claims-rating" label="Rating" name="rating" empty="Any rating" defaultValue={query.rating ?? ""} options={RATINGS} />
        <SelectField id="claims-kind" label="Kind" name="kind" empty="All kinds" defaultValue={query.kind ?? ""} options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        <SelectField id="claims-story" label="Story" name="story" empty="All stories" defaultValue={query.story ?? ""} options={stories} />
        <SelectField id="claims-person" label="Annotated or approved by" name="person" empty="Anyone" defaultValue={query.person ?? ""} options={people} />
        <div className="field">
          <label htmlFor="claims-from">Checked from</label>
          <input id="claims-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="claims-to">Checked until</label>
          <input id="claims-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
      </div>
      <div className="actions">
        <button type="submit">Search</button>
        <a href="/claims">Clear</a>
      </div>
    </form>
  );
}
