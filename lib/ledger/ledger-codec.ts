import type { Ledger, LedgerEntry, LedgerFact } from "./get-ledger";

/**
 * The ledger page's data in a compact form: a story of 50 articles and 5,000 figures is thousands
 * of entries, and as plain objects their repeated keys, article ids and context were most of the
 * page's weight. Entries are rows of values, articles and units are indexes into lists sent once,
 * and the words around each value are left out (the page fetches them when a person hovers or
 * focuses a value). Proposals list their first few entries and only the ids of the rest.
 */
export interface EncodedLedger extends Omit<Ledger, "facts" | "freeDenials"> {
  units: string[];
  facts: (Omit<LedgerFact, "entries"> & { rows: EncodedEntry[] })[];
  freeDenials: EncodedEntry[];
}

/** [annotationId, article index, kind and role (see KIND_ROLES), exact, value, valueMax, unit index or -1] */
type EncodedEntry = [string, number, number, string, number | null, number | null, number];

const KIND_ROLES = [
  ["figure", "reports"],
  ["claim", "reports"],
  ["denial", "reports"],
  ["denial", "denies"],
  ["claim", "denies"],
  ["figure", "denies"],
] as const;

/** Entries a page lists per proposal: the rest are counted, and only their ids travel (to accept or dismiss them all). */
const PROPOSAL_ENTRIES_SHOWN = 8;

export function encodeLedger(ledger: Ledger): EncodedLedger {
  const articleIndex = new Map(ledger.articles.map((a, i) => [a.id, i]));
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const encode = (e: LedgerEntry): EncodedEntry => {
    let unit = -1;
    if (e.unit !== null) {
      unit = unitIndex.get(e.unit) ?? -1;
      if (unit === -1) unitIndex.set(e.unit, (unit = units.push(e.unit) - 1));
    }
    const kindRole = KIND_ROLES.findIndex(([kind, role]) => kind === e.kind && role === e.role);
    return [e.annotationId, articleIndex.get(e.articleId)!, kindRole, e.exact, e.value, e.valueMax, unit];
  };
  return {
    ...ledger,
    units,
    facts: ledger.facts.map(({ entries, ...fact }) => {
      const cut = fact.status === "proposed" && entries.length > PROPOSAL_ENTRIES_SHOWN;
      return { ...fact, rows: (cut ? entries.slice(0, PROPOSAL_ENTRIES_SHOWN) : entries).map(encode), ...(cut && { annotationIds: entries.map((e) => e.annotationId) }) };
    }),
    freeDenials: ledger.freeDenials.map(encode),
  };
}

/** The ledger again, as the page's components use it; `prefix` and `suffix` are empty (fetched when wanted). */
export function decodeLedger({ units, facts, freeDenials, ...ledger }: EncodedLedger): Ledger {
  const decode = ([annotationId, article, kindRole, exact, value, valueMax, unit]: EncodedEntry): LedgerEntry => ({
    annotationId,
    articleId: ledger.articles[article].id,
    kind: KIND_ROLES[kindRole][0],
    role: KIND_ROLES[kindRole][1],
    exact,
    prefix: "",
    suffix: "",
    value,
    valueMax,
    unit: unit === -1 ? null : units[unit],
  });
  return { ...ledger, facts: facts.map(({ rows, ...fact }) => ({ ...fact, entries: rows.map(decode) })), freeDenials: freeDenials.map(decode) };
}
