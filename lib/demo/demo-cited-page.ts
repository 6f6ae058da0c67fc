/**
 * The page the demo desk cites, shipped with the demo so its archived copy needs no fetch. It lives
 * at example.org, the address reserved for examples, and says plainly what it is: the demo must not
 * put words in a real publisher's mouth.
 */
const paragraphs = [
  "This page stands in for a source a fact-checker cites: a report, a statement or a data set.",
  "When a checker links a web page to an annotation, Factmark keeps a copy of the page as it was that day, checks it again every week, and tells the checker and the approving editor when the page changes or disappears.",
  "Le Monde reported on 21 October 2013 that the NSA recorded 70.3 million pieces of French telephone data between 10 December 2012 and 8 January 2013.",
];

export const DEMO_CITED_PAGE = {
  url: "https://example.org/factmark-demo/cited-page",
  title: "A cited page (Factmark demo)",
  publisher: "Factmark demo",
  excerpt: "Le Monde reported on 21 October 2013 that the NSA recorded 70.3 million pieces of French telephone data",
  text: paragraphs.join("\n\n"),
  html: paragraphs.map((p) => `<p>${p}</p>`).join(""),
};
