/**
 * Words news copy uses for one another when it retells a claim ("phone records" and "telephone
 * data", "gathered" and "collected"). A group's first word stands for all of them: the memory of
 * checks (lib/claims) searches every member of a group and compares claims with each word made
 * its group's first, so a retelling in other words still meets the earlier check.
 */
const GROUPS = [
  "phone telephone phones telephones",
  "collected gathered recorded intercepted harvested logged collect gather record intercept harvest",
  "spying eavesdropping surveillance snooping spy spied eavesdropped snooped",
  "reviewing reexamining reassessing review reexamine reassess",
  "government administration",
  "hacked breached hack breach",
  "email e-mail emails e-mails",
  "allies ally partners partner",
  "killed died kill die",
  "deaths fatalities",
  "rose increased grew climbed rise increase grow climb",
  "fell decreased declined dropped fall decrease decline drop",
  "spent spend spending",
  "jobless unemployed",
  "doctors physicians doctor physician",
  "vaccine jab vaccines jabs",
  "children kids child kid",
  "cars vehicles car vehicle",
  "prison jail prisons jails",
  "pupils students pupil student",
  "study research survey",
  "scientists researchers scientist researcher",
  "won beat win",
  "lost lose",
  "month 30-day",
  "migrants immigrants migrant immigrant",
  "ousted toppled overthrew oust topple overthrow",
  "unemployment joblessness",
  "gdp gross-domestic-product",
  "ai artificial-intelligence",
  "france french",
  "germany german",
  "mexico mexican",
  "russia russian",
  "china chinese",
  "spain spanish",
  "italy italian",
  "brazil brazilian",
  "japan japanese",
  "europe european",
  "england english",
].map((group) => group.split(" "));

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) for (const word of group) CANONICAL.set(word, group[0]);

const WORD = /[\p{L}\d][\p{L}\d-]*/gu;
/** Groups written as several words ("gross domestic product"), hyphenated in GROUPS, read as one. */
const PHRASES = GROUPS.flat().filter((word) => word.includes("-") && !/\d/.test(word));
const PHRASE = PHRASES.length ? new RegExp(`\\b(${PHRASES.map((p) => p.replace(/-/g, "[\\s-]+")).join("|")})\\b`, "gi") : null;

/** The text with each word that has others of the same meaning made its group's first. */
export function canonicalText(text: string): string {
  const joined = PHRASE ? text.replace(PHRASE, (phrase) => phrase.toLowerCase().replace(/[\s-]+/g, "-")) : text;
  return joined.replace(WORD, (word) => {
    const canonical = CANONICAL.get(word.toLowerCase());
    return canonical ?? word;
  });
}

/** The words to search for besides the text's own: the other members of each group a word of it belongs to. */
export function synonymsOf(text: string): string[] {
  const extra = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const head = CANONICAL.get(word);
    if (!head) continue;
    for (const group of GROUPS) if (group[0] === head) for (const other of group) if (other !== word) extra.add(other);
  }
  return [...extra];
}

/** Every word of every group, for whoever reads them all ahead (lib/claims/query-terms.ts). */
export const SYNONYM_WORDS: readonly string[] = GROUPS.flat();
