import { describe, expect, it } from "vitest";
import { claimWords, similarity } from "../language/claim-words";
import { proposeClaims, type ClaimEntry, type DenialEntry } from "./propose-claims";

let n = 0;
const claim = (articleId: string, exact: string): ClaimEntry => ({ id: `c${++n}`, articleId, exact });
const denial = (articleId: string, sentence: string): DenialEntry => ({ id: `d${++n}`, articleId, sentence });
const grouped = (claims: ClaimEntry[], denials: DenialEntry[] = []) =>
  proposeClaims(claims, denials).map((p) => [...p.claimIds.map((id) => claims.findIndex((c) => c.id === id)), ...p.denialIds.map((id) => `d${denials.findIndex((d) => d.id === id)}`)]);

describe("claimWords", () => {
  it("reduces two outlets' wording of one statement to the same content words", () => {
    expect([...claimWords("The U.S. is reviewing the way it gathers intelligence")].sort()).toEqual(["gather", "intelligence", "review", "usa", "way"]);
    expect([...claimWords("the United States was reviewing how it gathered intelligence")].sort()).toEqual(["gather", "intelligence", "review", "usa"]);
    expect(similarity(claimWords("NSA agents collected the phone records"), claimWords("The National Security Agency collected phone records"))).toBeGreaterThan(0.6);
  });
});

describe("proposeClaims", () => {
  it("groups one statement as several outlets word it, and keeps different statements apart", () => {
    const claims = [
      claim("a", "the United States is reviewing the way that we gather intelligence"),
      claim("a", "The NSA recorded 70.3 million pieces of French telephone data"),
      claim("b", "the U.S. is reviewing how it gathers intelligence"),
      claim("c", "Washington is reviewing the way it gathers intelligence"),
      claim("b", "Obama and Hollande spoke by telephone on Monday evening"),
      claim("c", "the ambassador was summoned to the foreign ministry"),
    ];
    expect(grouped(claims)).toEqual([[0, 2, 3]]);
  });

  it("never puts two claims of one article in a group, and proposes nothing reported once", () => {
    const claims = [claim("a", "the agency recorded millions of French phone calls"), claim("a", "the agency recorded millions of French phone calls each day")];
    expect(grouped(claims)).toEqual([]);
  });

  it("needs three shared words, so short claims that share a word or two are not taken for one", () => {
    expect(grouped([claim("a", "France summoned the ambassador"), claim("b", "Germany summoned its ambassador")])).toEqual([]);
  });

  it("links a denial whose sentence answers a proposed claim, and leaves one about something else alone", () => {
    const claims = [claim("a", "reports that the NSA spied on French telephone calls"), claim("b", "the NSA spied on millions of French telephone calls")];
    const denials = [
      denial("c", "The White House said the reports that the NSA spied on French telephone calls distorted its activities."),
      denial("c", "Carney would not comment on the budget negotiations."),
    ];
    expect(grouped(claims, denials)).toEqual([[0, 1, "d0"]]);
  });
});
