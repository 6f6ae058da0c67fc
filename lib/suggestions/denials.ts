import type { TextRange } from "../language/sentences";

/** A party rejecting, disputing or refusing to confirm something, found in one sentence. */
export interface DenialMatch extends TextRange {
  reason: string;
}

const REFUSAL_VERBS = "comment|commenting|confirm|confirming|deny|denying|discuss|discussing|address|addressing|speak|speaking|talk|elaborate|disclose|reveal|detail|go\\s+into|get\\s+into";
// "would not confirm or deny", "I'm not going to comment", "declined to talk about"; a few words may stand between.
const REFUSAL = new RegExp(
  `(?:\\bnot|n['’]t|\\bnever|\\bdeclined\\s+to|\\bdeclines\\s+to|\\bdeclining\\s+to|\\brefused\\s+to|\\brefuses\\s+to|\\brefusing\\s+to)\\s+((?:[\\p{L}'’]+\\s+){0,3}?)[“"‘]?(?:${REFUSAL_VERBS})\\b`,
  "giu",
);
const MAY_REFUSE = /not|n['’]t|never|declin|refus/iu;
const DECLINED_COMMENT = /\b(?:declined|declines|refused|refuses)\s+(?:any\s+)?comment\b|\bno\s+comment\b/giu;
/** Words that make a "not … comment" a silence rather than a refusal: "did not respond to a request for comment". */
const NOT_A_REFUSAL = /\b(respond|responded|return|returned|reply|replied|answer|answered|seeking|request|requests|reached|available|immediately\s+clear)\b/iu;
const DENIAL_VERB = /\b(denied|denies|denying|disputed|disputes|disputing|refuted|refutes|rebuffed|repudiated|contested|contests|disagreed|disagrees)\b/giu;
// Rejecting is a denial when what is rejected is a claim ("rejected the report"); MPs rejecting an amendment is a vote.
const REJECTION = /\b(rejected|rejects|rejecting)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:reports?|allegations?|claims?|accusations?|charges?|suggestions?|criticism|assertions?|stor(?:y|ies)|accounts?|findings|idea|notion|that)\b/giu;
const DISMISSAL = /\bdismiss(?:ed|es|ing)?\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:as|claims?|reports?|allegations?|accusations?|suggestions?|criticism|charges?|idea)\b/giu;
// Calling something false is a denial when a party says it (in a quote or an attributed sentence), not when the reporter does.
const FALSITY =
  /\b(false|falsely|untrue|not\s+true|inaccurate|not\s+accurate|incorrect|misleading|distort(?:ed|s|ing|ion|ions)?|baseless|unfounded|groundless|fabricat(?:ed|ion|ions)|nonsense|no\s+basis|without\s+(?:any\s+)?(?:basis|foundation)|mischaracteri[sz](?:ed|es|ation))\b/giu;

/** Where the clause holding [at, to) starts and ends inside the sentence: commas, dashes, quotes and semicolons bound it. */
export function clauseAround(text: string, sentence: TextRange, at: number, to: number): TextRange {
  const before = text.slice(sentence.start, at);
  const cut = /.*(?:[,;:(“"]|\s[-–—]{1,2}\s|\b(?:that|but|and|because|while|although)\s)/su.exec(before);
  let start = cut ? sentence.start + cut[0].length : sentence.start;
  const after = text.slice(to, sentence.end);
  const stop = /[,;.!?”")]|\s[-–—]{1,2}\s|\s(?:but|while|because|although)\s/u.exec(after);
  let end = stop ? to + stop.index : sentence.end;
  while (start < end && /[\s"“”'‘’]/.test(text[start])) start += 1;
  while (end > start && /[\s"“”'‘’]/.test(text[end - 1])) end -= 1;
  return { start, end };
}

/**
 * At most one denial for a sentence: the first refusal, denial verb, dismissal or (when a party
 * says it) a word calling the facts false. `spoken` says whether the sentence is a quote or attributed.
 */
export function findDenial(text: string, sentence: TextRange, spoken: boolean): DenialMatch | null {
  const body = text.slice(sentence.start, sentence.end);
  const found: { at: number; to: number; reason: string }[] = [];
  // Most sentences hold no negation at all; the costly pattern runs only where one may be.
  for (const m of MAY_REFUSE.test(body) ? body.matchAll(REFUSAL) : []) {
    if (NOT_A_REFUSAL.test(m[1] ?? "")) continue;
    found.push({ at: m.index, to: m.index + m[0].length, reason: `refuses to ${m[0].split(/\s+/).pop()!.replace(/^[“"‘]/u, "").toLowerCase()}` });
  }
  for (const m of /comment/iu.test(body) ? body.matchAll(DECLINED_COMMENT) : []) found.push({ at: m.index, to: m.index + m[0].length, reason: "declines to comment" });
  for (const m of body.matchAll(DENIAL_VERB)) found.push({ at: m.index, to: m.index + m[0].length, reason: `denial verb: ${m[1].toLowerCase()}` });
  for (const m of /reject/iu.test(body) ? body.matchAll(REJECTION) : []) found.push({ at: m.index, to: m.index + m[1].length, reason: `denial verb: ${m[1].toLowerCase()}` });
  for (const m of body.matchAll(DISMISSAL)) found.push({ at: m.index, to: m.index + m[0].length, reason: "dismisses the claim" });
  if (spoken) {
    for (const m of body.matchAll(FALSITY)) found.push({ at: m.index, to: m.index + m[0].length, reason: `denial word: ${m[1].toLowerCase()}` });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  const first = found[0];
  const clause = clauseAround(text, sentence, sentence.start + first.at, sentence.start + first.to);
  return { ...clause, reason: first.reason };
}
