import { describe, expect, it } from "vitest";
import { reportPageSlice } from "./report-pages";

describe("reportPageSlice", () => {
  it("shows a report of fewer entries than a page whole, on one page", () => {
    expect(reportPageSlice(42, 1)).toEqual({ page: 1, pages: 1, from: 0, to: 42 });
    expect(reportPageSlice(50, 1)).toEqual({ page: 1, pages: 1, from: 0, to: 50 });
    expect(reportPageSlice(0, 1)).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
  });

  it("cuts a long report into pages, the last holding the rest", () => {
    expect(reportPageSlice(324, 1)).toEqual({ page: 1, pages: 7, from: 0, to: 50 });
    expect(reportPageSlice(324, 7)).toEqual({ page: 7, pages: 7, from: 300, to: 324 });
    expect(reportPageSlice(300, 3, 100)).toEqual({ page: 3, pages: 3, from: 200, to: 300 });
  });

  it("holds a page asked for outside the report within it", () => {
    expect(reportPageSlice(324, 9)).toMatchObject({ page: 7, from: 300 });
    expect(reportPageSlice(324, 0)).toMatchObject({ page: 1, from: 0 });
    expect(reportPageSlice(324, -3)).toMatchObject({ page: 1 });
    expect(reportPageSlice(324, 2.5)).toMatchObject({ page: 1 });
    expect(reportPageSlice(324, Number.NaN)).toMatchObject({ page: 1 });
  });
});
