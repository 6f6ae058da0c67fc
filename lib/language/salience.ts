import type { Token } from "./tokens";

/**
 * What makes a statement stand out to a fact-checker, beyond its anchors: a record or a
 * superlative ("the biggest increase since 1994", "for the first time"), an act with
 * consequences (killed, convicted, voted, rose, fell, paid), and what blurs it (vague quantifiers,
 * "about", "some"). Read from tokens; used to order suggestions by check-worthiness.
 */
export interface Salience {
  /** "record", "largest", "first", "ever", "since 1994", "lowest in 50 years". */
  superlatives: number;
  /** Acts a record can show: deaths, arrests, convictions, votes, payments, rises and falls. */
  consequentialActs: number;
  /** Words that soften a statement: "some", "many", "several", "about", "around", "nearly". */
  vague: number;
  words: number;
}

const SUPERLATIVES = new Set(
  (
    "record records largest biggest highest lowest fastest slowest worst best most least first last ever unprecedented " +
    "oldest youngest longest shortest heaviest deadliest strongest weakest smallest greatest only"
  ).split(" "),
);
const ACTS = new Set(
  (
    "killed died dead deaths injured wounded arrested charged convicted sentenced jailed fined acquitted indicted pleaded " +
    "voted passed approved rejected resigned elected fired appointed banned suspended expelled summoned " +
    "rose fell increased decreased dropped jumped climbed surged plunged doubled tripled cut raised grew shrank " +
    "paid spent stole raised earned lost won broke beat set recorded reported confirmed intercepted hacked leaked " +
    "infected diagnosed vaccinated launched signed seized deported evacuated"
  ).split(" "),
);
const VAGUE = new Set("some many several various numerous few about around roughly nearly almost approximately much lot lots".split(" "));

export function salienceOf(tokens: Token[]): Salience {
  const salience: Salience = { superlatives: 0, consequentialActs: 0, vague: 0, words: 0 };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.kind === "mark") continue;
    salience.words += 1;
    if (t.kind !== "word") continue;
    // "since 1994" marks a record as surely as "record" does.
    if (SUPERLATIVES.has(t.norm) || (t.norm === "since" && tokens[i + 1]?.kind === "number")) salience.superlatives += 1;
    else if (ACTS.has(t.norm)) salience.consequentialActs += 1;
    else if (VAGUE.has(t.norm)) salience.vague += 1;
  }
  return salience;
}
