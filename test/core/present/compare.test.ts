// Presentation kit, the one "differs" comparison: 2 decimals, text exactly, blank entry is "missing".
import { compareScore, type ScoreComparison } from "../../../src/core";

describe("compareScore", () => {
  test.each<[ScoreComparison, string | null, string | null]>([
    // Numbers at form precision (docs/rules.md §4: `8.9600` = 8.96, `9` ≠ 9.8).
    ["same", "8.96", "8.96"],
    ["same", "8.960", "8.96"],
    ["same", "8.9600", "8.96"],
    ["same", "15.0000", "15"],
    ["same", "8.961", "8.96"],
    ["same", " 8.96", "8.96"],
    ["differs", "8.965", "8.96"],
    ["differs", "9", "8.96"],
    ["differs", "9", "9.8"],
    ["differs", "10", "8.96"],
    // Text (grades, a score written in words) compares as trimmed text.
    ["same", "优", "优"],
    ["same", "优 ", "优"],
    ["differs", "优", "良"],
    ["differs", "九", "9"],
    // A blank entry is a gap, not a wrong value; nothing computed means nothing to compare.
    ["missing", null, "8.96"],
    ["missing", "", "8.96"],
    ["missing", "  ", "优"],
    ["uncomputed", "9", null],
    ["uncomputed", null, null],
    ["uncomputed", "9", ""],
  ])("%s: entered %p, computed %p", (expected, entered, computed) => {
    expect(compareScore(entered, computed)).toBe(expected);
  });
});
