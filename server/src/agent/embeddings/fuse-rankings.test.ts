import { describe, expect, it } from "vitest";
import { fuseRankings } from "./fuse-rankings.js";

describe("fuseRankings", () => {
  it("puts an item both rankings agree on above items only one of them found", () => {
    expect(fuseRankings([["returns", "sizes"], ["refund", "returns"]])).toEqual(["returns", "refund", "sizes"]);
  });

  it("keeps the first ranking's order when the second is empty", () => {
    expect(fuseRankings([["a", "b", "c"], []])).toEqual(["a", "b", "c"]);
  });

  it("breaks equal sums in favour of the item seen first (the lexical ranking)", () => {
    expect(fuseRankings([["lexical"], ["semantic"]])).toEqual(["lexical", "semantic"]);
  });
});
