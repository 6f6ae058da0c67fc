import { createHash } from "node:crypto";
import { z } from "zod";
import type { BuiltPublicReport } from "./public-report";

/**
 * The version of a public report an editor looks at before publishing: a digest of the whole
 * snapshot, and a short fingerprint of each item, fact and the articles, so that when the report
 * changed meanwhile the server can say what changed. It travels to the editor's browser and
 * back (`basedOn`); it names nothing public and no id in the clear.
 */
const hash = (value: unknown, length = 12) => createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, length);

const partsSchema = z
  .object({
    d: z.string(),
    i: z.array(z.tuple([z.string(), z.string()])),
    f: z.array(z.tuple([z.string(), z.string()])),
    a: z.string(),
  })
  .strict();
type Parts = z.infer<typeof partsSchema>;

function partsOf({ report, keys, factIds }: BuiltPublicReport): Parts {
  return {
    d: hash(report, 43),
    // An item's number and its article's number follow from the others: only what it says counts.
    i: report.items.map((item, at) => [hash(keys[at].annotationId), hash({ ...item, n: 0, article: 0 })]),
    f: report.ledger.map((fact, at) => [hash(factIds[at]), hash(fact)]),
    a: hash(report.articles),
  };
}

export function reportVersion(built: BuiltPublicReport): string {
  return `v1.${Buffer.from(JSON.stringify(partsOf(built))).toString("base64url")}`;
}

function readVersion(token: string): Parts | null {
  if (!token.startsWith("v1.")) return null;
  try {
    const parsed = partsSchema.safeParse(JSON.parse(Buffer.from(token.slice(3), "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What an editor's report had that is gone now: the words of a removed item or fact, looked up by its fingerprint. */
export interface RemovedNames {
  quoteOf(annotationHash: string): string | null;
  labelOf(factHash: string): string | null;
}

export const idHash = (id: string) => hash(id);

const list = (words: string[]) => (words.length <= 3 ? words : [...words.slice(0, 3), `${words.length - 3} more`]).join("; ");
const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}”`;

/**
 * Null when `seen` is the version of `now`; otherwise what changed since, in words: items added,
 * removed or changed, ledger facts added, removed or changed, the articles' details. A token this
 * server did not make says so.
 */
export function versionChanges(seen: string, now: BuiltPublicReport, removed: RemovedNames): string | null {
  const current = partsOf(now);
  const before = readVersion(seen);
  if (before && before.d === current.d) return null;
  if (!before) return "This publish request names a version of the report that Factmark did not give. Look at the report again, then publish.";
  const quoteAt = new Map(current.i.map(([key], at) => [key, now.report.items[at].quote]));
  const labelAt = new Map(current.f.map(([key], at) => [key, now.report.ledger[at].label]));
  const diff = (was: [string, string][], is: [string, string][]) => {
    const old = new Map(was);
    const fresh = new Map(is);
    return {
      added: is.filter(([key]) => !old.has(key)).map(([key]) => key),
      changed: is.filter(([key, h]) => old.has(key) && old.get(key) !== h).map(([key]) => key),
      removed: was.filter(([key]) => !fresh.has(key)).map(([key]) => key),
    };
  };
  const items = diff(before.i, current.i);
  const facts = diff(before.f, current.f);
  const parts = [
    items.added.length && `added ${list(items.added.map((k) => quoted(quoteAt.get(k)!)))}`,
    items.changed.length && `changed ${list(items.changed.map((k) => quoted(quoteAt.get(k)!)))}`,
    items.removed.length && `removed ${list(items.removed.map((k) => quoted(removed.quoteOf(k) ?? "an item")))}`,
    facts.added.length && `ledger fact added: ${list(facts.added.map((k) => quoted(labelAt.get(k)!)))}`,
    facts.changed.length && `ledger fact changed: ${list(facts.changed.map((k) => quoted(labelAt.get(k)!)))}`,
    facts.removed.length && `ledger fact removed: ${list(facts.removed.map((k) => quoted(removed.labelOf(k) ?? "a fact")))}`,
    before.a !== current.a && "the articles' details changed",
  ].filter((p): p is string => typeof p === "string");
  // Everything matched piece by piece yet the whole differs: the order of items changed.
  if (parts.length === 0) parts.push("the order of the items changed");
  return `The report changed since you looked at it: ${parts.join("; ")}. Look at it again, then publish.`;
}
