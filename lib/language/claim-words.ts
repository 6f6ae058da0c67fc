/**
 * The words that carry a claim, reduced so that two outlets' versions of one statement meet:
 * lower case, small words dropped, a plain English stem ("reviewing" and "reviews" are
 * "review"), and the few names news copy writes several ways ("U.S.", "US", "the United States").
 */

/** Words that say nothing about which claim this is: function words and reporting verbs. */
const SMALL = new Set(
  (
    "a an the and or but nor so yet of to in on at by for with from into onto upon about as than then that this these those there here " +
    "is are was were be been being am has have had having do does did done will would shall should can could may might must " +
    "it its it's he him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose which what " +
    "when where why how not no also just very more most some any all each every other such only own same too over under " +
    "said says say saying told tell tells according added adds stated statement reported reports report spokesman spokeswoman " +
    "mr mrs ms one two if because while after before during out up down off again further once"
  ).split(" "),
);

/** Names written several ways, to one form: matched on the lower-cased text before it is split. */
const NAMES: [RegExp, string][] = [
  [/\bthe united states\b|\bu\.s\.(?:a\.)?|\bunited states\b|\bamerica(?:n)?\b/g, " usa "],
  [/\bu\.k\.|\bunited kingdom\b|\bbritain\b|\bbritish\b/g, " uk "],
  [/\bnational security agency\b/g, " nsa "],
  [/\bwhite house\b/g, " whitehouse "],
  [/\bstate department\b/g, " statedepartment "],
];

function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3).replace(/(.)\1$/, "$1");
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2).replace(/(.)\1$/, "$1");
  if (word.endsWith("es") && /(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** The distinct content words of a text, stemmed. */
export function claimWords(text: string): Set<string> {
  let lower = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, name] of NAMES) lower = lower.replace(pattern, name);
  const words = new Set<string>();
  for (const match of lower.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)) {
    const word = match[0].replace(/'s$/, "").replace(/['-]+$/, "");
    if (word.length < 2 || SMALL.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}

/** How many words two sets share. */
export function shared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const word of small) if (large.has(word)) count += 1;
  return count;
}

/** Dice's coefficient of two word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * shared(a, b)) / (a.size + b.size);
}
