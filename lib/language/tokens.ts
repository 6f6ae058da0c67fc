/**
 * Words, numbers and marks of a text with their offsets, for the suggestion rules. A token never
 * crosses white space; hyphens, dashes and currency signs are tokens of their own, so "30-day" is
 * three tokens and "$1.5bn" is "$", "1.5", "bn" with no space between them.
 */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight: what rules compare against. */
  norm: string;
  start: number;
  end: number;
  kind: "number" | "word" | "mark";
  /** White space (or the text's start) comes right before it. */
  spaced: boolean;
}

// Digits with thousands separators or a decimal point as one number; words with inner
// apostrophes ("don't", "U.S.'s") as one word; anything else one character at a time.
const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;

/** The tokens of `text`, or of its part [from, to) with offsets into the whole text. */
const LETTER = /\p{L}/u;
const SPACE = /\s/;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of part.matchAll(TOKEN)) {
    const start = match.index + from;
    const value = match[0];
    const first = value.charCodeAt(0);
    // The pattern makes a token of two or more characters a number or a word; only single characters need a closer look.
    const kind = first >= 48 && first <= 57 ? "number" : value.length > 1 || LETTER.test(value) ? "word" : "mark";
    tokens.push({
      text: value,
      norm: value.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + value.length,
      kind,
      spaced: start === 0 || SPACE.test(text[start - 1]),
    });
  }
  return tokens;
}
