import { describe, expect, it } from "vitest";
import { contrastRatio, PDF_ACCENT, PDF_GREY, PDF_PAGE, PDF_TEXT } from "./colours";

describe("the PDF report's colours", () => {
  it("computes WCAG's contrast ratio: 21 for black on white, 1 for a colour on itself, 4.48 for #777 on white", () => {
    expect(contrastRatio(PDF_TEXT, PDF_PAGE)).toBeCloseTo(21, 5);
    expect(contrastRatio(PDF_GREY, PDF_GREY)).toBe(1);
    expect(contrastRatio([0x77 / 255, 0x77 / 255, 0x77 / 255], PDF_PAGE)).toBeCloseTo(4.48, 2);
  });

  it("sets every text colour at least 4.5:1 against the white page (WCAG 1.4.3)", () => {
    for (const [name, colour] of Object.entries({ PDF_TEXT, PDF_GREY, PDF_ACCENT })) {
      expect(contrastRatio(colour, PDF_PAGE), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
