import { describe, expect, it } from "vitest";
import { buildPositionMap } from "./position-map";

describe("buildPositionMap", () => {
  it("shifts offsets after an insertion and keeps insertions out of a range's edges", () => {
    const map = buildPositionMap("the cat sat", "the big cat sat");
    expect(map.map(4, "after")).toEqual({ offset: 8, deleted: false }); // start of "cat"
    expect(map.map(7, "before")).toEqual({ offset: 11, deleted: false }); // end of "cat"
    expect(map.map(0, "after")).toEqual({ offset: 0, deleted: false });
    expect(map.map(11, "before")).toEqual({ offset: 15, deleted: false });
  });

  it("reports offsets inside deleted text", () => {
    const map = buildPositionMap("one two three", "one three");
    expect(map.map(5, "after")).toEqual({ offset: 4, deleted: true });
    expect(map.map(8, "after")).toEqual({ offset: 4, deleted: false });
    expect(map.map(13, "before")).toEqual({ offset: 9, deleted: false });
  });

  it("maps identical texts to themselves", () => {
    const text = "Some 😀 text\\n\\nwith “quotes”";
    const map = buildPositionMap(text, text);
    for (let i = 0; i <= text.length; i++) expect(map.map(i, "after").offset).toBe(i);
  });
});
