import type { TextRange } from "./sentences";
import { tokenize, type Token } from "./tokens";

/**
 * What kind of statement a stretch of news copy makes, read from its main clause: a statement of
 * fact, or a plan or forecast ("will", "expects to", "is due to"), a hedge ("may have",
 * "apparently", "most likely"), an opinion or a feeling ("I think", "unacceptable", "we are
 * saddened"), or a conditional ("if …"). Words in a subordinate clause ("… so that the vote would
 * give a clear answer", "… an amendment that would have let Britain …", "… more than forecasters
 * had predicted") do not change what the main clause states.
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
    "considering"
  ).split(" "),
);
/** "is expected to", "are due to", "was set to". */
const FUTURE_ADJECTIVES = new Set("expected due set scheduled slated poised likely unlikely about bound going".split(" "));
const BE = new Set("is are was were be been being".split(" "));
const HEDGES = new Set("apparently possibly perhaps probably presumably seemingly allegedly likely unclear certain".split(" "));
const HEDGE_VERBS = new Set("appear appears appeared seem seems seemed".split(" "));
const OPINION_VERBS = new Set("think thinks thought believe believes believed feel feels felt fear fears feared accuse accuses accused regret regrets".split(" "));
const EVALUATIVE = new Set(
  (
    "unacceptable acceptable appropriate inappropriate important positive negative regrettable welcome outrageous disappointing illegitimate " +
    "tragic tragedy sad sadly shameful shameless brazen great terrible excellent wonderful promising impressive remarkable incredible " +
    "ridiculous scandalous disgraceful catastrophic humiliating reckless sincerely moral noble unfair unjust complicated challenging " +
    "difficult tough happy glad pleased proud delighted shocked outraged concerned worried disappointed saddened angry surprised appalled " +
    "hopeful confident grateful sorry honoured honored thrilled excited lucky"
  ).split(" "),
);

const word = (t: Token | undefined) => (t?.kind === "word" ? t.norm : "");

/** The tokens of the main clause: those outside a clause opened by a subordinator, which runs to the next comma or dash. */
function mainClause(tokens: Token[]): Token[] {
  const main: Token[] = [];
  let inSub = false;
  tokens.forEach((t, i) => {
    if (inSub && t.kind === "mark" && CLAUSE_ENDS.has(t.text)) inSub = false;
    // A subordinator that opens the statement ("If the bill fails, …") is the statement's own frame, read below.
    else if (!inSub && i > 0 && SUBORDINATORS.has(word(t))) inSub = true;
    if (!inSub) main.push(t);
  });
  return main;
}

/** Reads the stance of text[range]. */
export function stanceOf(text: string, range: TextRange): StanceReading {
  const tokens = tokenize(text, range.start, range.end);
  const first = word(tokens.find((t) => t.kind === "word"));
  if (first === "if" || first === "unless") return { stance: "conditional", marker: first };
  const main = mainClause(tokens);
  for (let i = 0; i < main.length; i += 1) {
    const t = main[i];
    const w = word(t);
    if (!w) continue;
    const next = word(main[i + 1]);
    // "May" the month (or the minister) is a name; "may" is a hedge.
    if (w === "may" && t.text === "may") return { stance: "hedge", marker: "may" };
    // "could not vote" is a past fact; "could have been" and "could rise" are not.
    if (w === "could" && (next === "not" || next === "n't")) continue;
    if (w === "might" || w === "could") return { stance: "hedge", marker: w };
    if (MODALS.has(w) || /['’]ll$/.test(w) || w === "won't") return { stance: "plan", marker: w };
    if (w === "going" && next === "to") return { stance: "plan", marker: "going to" };
    if (BE.has(w) && FUTURE_ADJECTIVES.has(next) && word(main[i + 2]) === "to") return { stance: "plan", marker: `${w} ${next} to` };
    if (w === "on" && (next === "track" || next === "course") && /^(?:to|for)$/.test(word(main[i + 2]))) return { stance: "plan", marker: `on ${next}` };
    if (PLAN_VERBS.has(w)) return { stance: "plan", marker: w };
    if (HEDGES.has(w) || (HEDGE_VERBS.has(w) && next === "to")) return { stance: "hedge", marker: w };
    if ((w === "most" || w === "more") && next === "likely") return { stance: "hedge", marker: "most likely" };
    if (w === "not" && (next === "clear" || next === "known")) return { stance: "hedge", marker: `not ${next}` };
    if (OPINION_VERBS.has(w) || EVALUATIVE.has(w)) return { stance: "opinion", marker: w };
  }
  return { stance: "fact", marker: null };
}
