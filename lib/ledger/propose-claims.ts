import { claimWords, shared, similarity } from "../language/claim-words";

/** A claim annotation as the proposer sees it: its words, and the sentence they stand in. */
export interface ClaimEntry {
  id: string;
  articleId: string;
  exact: string;
}

/** A denial annotation, with the sentence around it: "distorted" alone says nothing of what is denied. */
export interface DenialEntry {
  id: string;
  articleId: string;
  sentence: string;
}

export interface ProposedClaim {
  label: string;
  /** Claim annotation ids, in the order given, then the denials that answer them. */
  claimIds: string[];
  denialIds: string[];
}

/** How alike two outlets' words must be to be taken for one statement (Dice's coefficient of their content words). */
const SAME_CLAIM = 0.5;
/** Fewer shared content words than this is chance, however short the claims. */
const MIN_SHARED = 3;
/** A denial answers a claim when this share of the shorter one's words is in the other. */
const DENIAL_OVERLAP = 0.5;
const MIN_DENIAL_SHARED = 3;

interface Group {
  members: { entry: ClaimEntry; words: Set<string>; index: number }[];
  articles: Set<string>;
  words: Set<string>;
}

/** A label a person can read in a table row: the shortest version of the claim, cut at a word. */
function labelOf(group: Group): string {
  const text = group.members.map((m) => m.entry.exact.trim().replace(/\s+/g, " ")).sort((a, b) => a.length - b.length)[0];
  if (text.length <= 90) return text;
  const cut = text.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).trimEnd()}…`;
}

/**
 * Which claim annotations of a story's articles say the same thing, and which denials answer
 * them. A claim joins the group whose words are most like its own (half its content words in
 * common, and at least three), never a group that already holds a claim of the same article;
 * groups reported by one article only are not proposed. A denial joins the proposed group whose
 * words its sentence shares most ("…reports that distorted our activities" answers the claim
 * about those activities). Candidates are found through the words themselves, so a story of
 * thousands of claims does not compare every pair.
 */
export function proposeClaims(claims: ClaimEntry[], denials: DenialEntry[]): ProposedClaim[] {
  const groups: Group[] = [];
  const byWord = new Map<string, Group[]>();
  claims.forEach((entry, index) => {
    const words = claimWords(entry.exact);
    if (words.size === 0) return;
    const candidates = new Set<Group>();
    for (const word of words) for (const group of byWord.get(word) ?? []) candidates.add(group);
    let best: Group | undefined;
    let bestScore = 0;
    for (const group of candidates) {
      if (group.articles.has(entry.articleId)) continue;
      const score = Math.max(...group.members.map((m) => (shared(m.words, words) >= MIN_SHARED ? similarity(m.words, words) : 0)));
      if (score >= SAME_CLAIM && score > bestScore) [best, bestScore] = [group, score];
    }
    const group = best ?? { members: [], articles: new Set<string>(), words: new Set<string>() };
    if (!best) groups.push(group);
    group.members.push({ entry, words, index });
    group.articles.add(entry.articleId);
    for (const word of words) {
      if (group.words.has(word)) continue;
      group.words.add(word);
      const list = byWord.get(word);
      if (list) list.push(group);
      else byWord.set(word, [group]);
    }
  });

  const proposed = groups.filter((g) => g.articles.size > 1);
  const answers = new Map<Group, string[]>();
  for (const denial of denials) {
    const words = claimWords(denial.sentence);
    let best: Group | undefined;
    let bestScore = 0;
    for (const group of proposed) {
      const common = shared(group.words, words);
      const score = common / Math.min(group.words.size, words.size || 1);
      if (common >= MIN_DENIAL_SHARED && score >= DENIAL_OVERLAP && score > bestScore) [best, bestScore] = [group, score];
    }
    if (best) answers.set(best, [...(answers.get(best) ?? []), denial.id]);
  }

  return proposed.map((group) => ({
    label: labelOf(group),
    claimIds: group.members.sort((a, b) => a.index - b.index).map((m) => m.entry.id),
    denialIds: answers.get(group) ?? [],
  }));
}
