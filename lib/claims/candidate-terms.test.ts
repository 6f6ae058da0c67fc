import { describe, expect, it } from "vitest";
import { candidateQuery } from "./candidate-terms";

describe("the full-text query that finds candidates", () => {
  it("searches rare words alone and common ones only two at a time, within the budget, ranking by every word", () => {
    const query = candidateQuery(
      [
        { lexeme: "million", share: 0.3 },
        { lexeme: "nsa", share: 0.0005 },
        { lexeme: "telephon", share: 0.01 },
        { lexeme: "record", share: 0.02 },
        { lexeme: "70.3", share: 0.0001 },
      ],
      100_000,
      400,
    );
    // nsa and 70.3 bring about 60 checks; telephone alone would bring 1,000: it goes in pairs.
    expect(query?.match).toBe("'70.3' | 'nsa' | ('telephon' & 'record') | ('telephon' & 'million')");
    expect(query?.rank).toBe("'70.3' | 'nsa' | 'telephon' | 'record' | 'million'");
  });

  it("takes every word alone in a small memory, quotes what PostgreSQL must read as one lexeme, and finds nothing in no words", () => {
    expect(candidateQuery([{ lexeme: "o'neill", share: 0.2 }, { lexeme: "a\\b", share: 0.2 }], 50)?.match).toBe("'a\\\\b' | 'o''neill'");
    expect(candidateQuery([], 100_000)).toBeNull();
    // Only common words, too common even in pairs: nothing is worth the budget.
    expect(candidateQuery([{ lexeme: "said", share: 0.9 }, { lexeme: "year", share: 0.8 }], 100_000)).toBeNull();
  });
});
