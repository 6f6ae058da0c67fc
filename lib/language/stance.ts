import type { TextRange } from "./sentences";
import { tokenize, type Token } from "./tokens";

/**
 * What kind of statement a stretch of news copy makes, read from its main clause: a statement of
 * fact, or a plan or forecast ("will", "expects to", "is due to"), a hedge ("may have",
 * "apparently", "most likely"), an opinion or a feeling ("I think", "unacceptable", "we are
 * saddened", "called the deal reckless"), or a conditional ("if …"). Only the main verb decides
 * between a fact, a plan and a hedge: "May had already pulled a planned vote" is a fact, and so is
 * "Labour withdrew its amendments so that the vote would give a clear answer".
 */
export type Stance = "fact" | "plan" | "hedge" | "opinion" | "conditional";

export interface StanceReading {
  stance: Stance;
  /** The word that decided it, for the reason a person reads ("will", "apparently"); null for a fact. */
  marker: string | null;
}

const SUBORDINATORS = new Set("that which who whom whose where when whether because although though while unless until than as if".split(" "));
const CLAUSE_ENDS = new Set([",", ";", ":", "—", "–", "(", ")"]);

const MODALS = new Set("will would shall should could might must".split(" "));
const PLAN_VERBS = new Set(
  (
    "plan plans planned planning intend intends intended aim aims aimed hope hopes hoped hoping want wants wanted wish wishes wished " +
    "promise promises promised pledge pledges pledged vow vows vowed threaten threatens threatened prepare prepares preparing " +
    "expect expects expected expecting forecast forecasts predict predicts predicted anticipate anticipates anticipated projected " +
    "considering trying committed willing unwilling ready determined projection projections consensus"
  ).split(" "),
);
/** Verbs that report speech: the stance is then the reported verb's ("said it would …"). */
const REPORTING = new Set("said says told tells added adds stated announced reported noted wrote writes insisted argued warned explained confirmed".split(" "));
/** "is expected to", "are due to", "was set to". */
const FUTURE_ADJECTIVES = new Set("expected due set scheduled slated poised likely unlikely about bound going".split(" "));
const BE = new Set("is are was were be been being".split(" "));
const HAVE_DO = new Set("has have had having do does did didn't doesn't don't hasn't haven't hadn't isn't aren't wasn't weren't".split(" "));
const IRREGULAR_PAST = new Set(
  (
    "won lost ran met said told took made began came went got gave led fell rose held left paid sent set spent struck brought bought " +
    "caught found hit put saw shut sold stood broke chose drove flew grew knew became beat built cut drew fought hung kept lay " +
    "meant rode sang sat shook slid spoke stole swore swept swam taught threw understood woke wore wrote sought"
  ).split(" "),
);
const HEDGES = new Set("apparently possibly perhaps probably presumably seemingly allegedly likely unclear certain".split(" "));
const HEDGE_VERBS = new Set("appear appears appeared seem seems seemed".split(" "));
const NEGATIONS = new Set("not never didn't don't doesn't".split(" "));
const OPINION_VERBS = new Set("think thinks thought believe believes believed feel feels felt fear fears feared accuse accuses accused regret regrets".split(" "));
/** "called the result catastrophic", "described the report as shocking": a verdict, not a fact. */
const VERDICT_VERBS = new Set("call calls called describe describes described brand brands branded label labels labelled labeled term termed dub dubbed".split(" "));
const EVALUATIVE = new Set(
  (
    "unacceptable acceptable appropriate inappropriate important positive negative regrettable welcome outrageous disappointing illegitimate " +
    "tragic tragedy sad sadly shameful shameless brazen great terrible excellent wonderful promising impressive remarkable incredible " +
    "ridiculous scandalous disgraceful catastrophic humiliating reckless sincerely moral noble unfair unjust complicated challenging " +
    "difficult tough happy glad pleased proud delighted shocked shocking outraged concerned worried disappointed saddened angry surprised appalled " +
    "hopeful confident grateful sorry honoured honored thrilled excited lucky"
  ).split(" "),
);

const word = (t: Token | undefined) => (t?.kind === "word" ? t.norm : "");
const isQuoteMark = (t: Token | undefined) => t?.kind === "mark" && /["“”'‘’]/u.test(t.text);

/** A word that is (or starts) a verb group: a form of be, have or do, a modal, a past tense, or a verb of planning or belief. */
function isVerbLike(t: Token): boolean {
  const w = word(t);
  if (!w) return false;
  if (BE.has(w) || HAVE_DO.has(w) || MODALS.has(w) || IRREGULAR_PAST.has(w) || PLAN_VERBS.has(w) || OPINION_VERBS.has(w)) return w !== "may";
  return w.length >= 5 && w.endsWith("ed") && t.text === t.text.toLowerCase();
}

/** The tokens of the main clause: a subordinate clause ("who …", "so that …") runs to the next comma or dash. */
function mainClause(tokens: Token[]): Token[] {
  const main: Token[] = [];
  let inSub = false;
  tokens.forEach((t, i) => {
    if (inSub && t.kind === "mark" && CLAUSE_ENDS.has(t.text)) inSub = false;
    // Lower case only: "WHO" is the World Health Organization. One that opens the statement is read below.
    else if (!inSub && i > 0 && t.kind === "word" && SUBORDINATORS.has(t.text)) inSub = true;
    if (!inSub) main.push(t);
  });
  return main;
}

function verdictAhead(main: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(main.length, i + 9); j += 1) {
    if (word(main[j]) === "as" || isQuoteMark(main[j]) || EVALUATIVE.has(word(main[j]))) return true;
    if (main[j].kind === "mark" && CLAUSE_ENDS.has(main[j].text)) return false;
  }
  return false;
}

/** How the main verb group reads, from its first word `i`: a plan, a hedge, or neither. */
function verbGroupStance(main: Token[], i: number): StanceReading | null {
  for (let j = Math.max(0, i - 1); j < Math.min(main.length, i + 3); j += 1) {
    const t = main[j];
    const w = word(t);
    if (!w) continue;
    const next = word(main[j + 1]);
    if (w === "may" && t.text === "may") return { stance: "hedge", marker: "may" };
    // "could not vote" is a past fact; "could have been" and "could rise" are not.
    if (w === "could" && next === "not") continue;
    if (w === "might" || w === "could") return { stance: "hedge", marker: w };
    if (MODALS.has(w) || /['’]ll$/.test(w) || w === "won't") return { stance: "plan", marker: w };
    if (w === "going" && next === "to") return { stance: "plan", marker: "going to" };
    if (BE.has(w) && FUTURE_ADJECTIVES.has(next) && word(main[j + 2]) === "to") return { stance: "plan", marker: `${w} ${next} to` };
    // "a planned vote" is a vote; "planned to vote" is a plan, and "their forecast" a forecast.
    if (PLAN_VERBS.has(w) && !(w.endsWith("ed") && /^(?:a|an|the|its|their|his|her)$/.test(word(main[j - 1])))) return { stance: "plan", marker: w };
    if (HEDGE_VERBS.has(w) && next === "to") return { stance: "hedge", marker: w };
    if ((w === "know" || w === "knew" || w === "known") && NEGATIONS.has(word(main[j - 1]))) return { stance: "hedge", marker: `not ${w}` };
    if (OPINION_VERBS.has(w)) return { stance: "opinion", marker: w };
    if (VERDICT_VERBS.has(w) && verdictAhead(main, j)) return { stance: "opinion", marker: w };
  }
  return null;
}

/** Reads the stance of text[range]; `within` are tokens already read for a stretch that holds the range (its sentence). */
export function stanceOf(text: string, range: TextRange, within?: Token[]): StanceReading {
  const tokens = within ? within.filter((t) => t.start >= range.start && t.end <= range.end) : tokenize(text, range.start, range.end);
  const first = word(tokens.find((t) => t.kind === "word"));
  if (first === "if" || first === "unless") return { stance: "conditional", marker: first };
  const main = mainClause(tokens);
  const verb = main.findIndex(isVerbLike);
  const group = verbGroupStance(main, verb === -1 ? 0 : verb);
  if (group) return group;
  // "The Fed said it was committed to …": what was said decides.
  if (verb !== -1 && REPORTING.has(word(main[verb]))) {
    const reported = main.findIndex((t, i) => i > verb + 1 && isVerbLike(t));
    const inner = reported === -1 ? null : verbGroupStance(main, reported);
    if (inner) return inner;
  }
  for (let i = 0; i < main.length; i += 1) {
    const w = word(main[i]);
    const next = word(main[i + 1]);
    const before = word(main[i - 1]);
    // Plans anywhere in the main clause: "… and is expected to cross", "remains on track for", "the last you'll see".
    if (w === "will" || w === "won't" || /['’]ll$/.test(w) || ((w === "would" || w === "could") && (before === "and" || before === "but"))) {
      return { stance: "plan", marker: w };
    }
    if (BE.has(w) && FUTURE_ADJECTIVES.has(next) && word(main[i + 2]) === "to") return { stance: "plan", marker: `${w} ${next} to` };
    // "was on course to beat the record" tells what happened; "is on track for launch" is a plan.
    if (w === "on" && (next === "track" || next === "course") && before !== "was" && before !== "were") return { stance: "plan", marker: `on ${next}` };
    if (HEDGES.has(w)) return { stance: "hedge", marker: w };
    if ((w === "most" || w === "more") && next === "likely") return { stance: "hedge", marker: "most likely" };
    if (w === "not" && (next === "clear" || next === "known")) return { stance: "hedge", marker: `not ${next}` };
    if (EVALUATIVE.has(w)) return { stance: "opinion", marker: w };
  }
  return { stance: "fact", marker: null };
}
