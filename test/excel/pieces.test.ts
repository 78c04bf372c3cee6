// The adapter's pure pieces: typed input for text, fill interpretation, mark planning, messages.
import { asTypedInput } from "../../src/excel/apply-writes";
import {
  planMarks,
  parseMarks,
  emptyMarks,
  HIGHLIGHT_COLORS,
} from "../../src/excel/highlight-store";
import { origFill } from "../../src/excel/read-grid";
import { toAddinError } from "../../src/excel/errors";
import { AddinError } from "../../src/excel/port";
import { refusalText } from "../../src/taskpane/status";

describe("asTypedInput", () => {
  it.each([
    ["89.55%", "General", "'89.55%"],
    ["96.00", "General", "'96.00"],
    ["2022-12", "General", "'2022-12"],
    ["=44.83万元", "General", "'=44.83万元"],
    ["TRUE", "General", "'TRUE"],
    ["优", "General", "优"],
    ["96.00", "@", "96.00"],
    ["", "General", ""],
  ])("%s in a %s cell → %s", (value, format, expected) => {
    expect(asTypedInput(value, format)).toBe(expected);
  });

  it("passes numbers through", () => {
    expect(asTypedInput(0.8955, "0.00%")).toBe(0.8955);
  });
});

describe("origFill", () => {
  it.each([
    ["#FFFFFF", "None", null, { color: null }],
    ["#FFFFFF", "Solid", 0, { color: "#FFFFFF" }],
    ["#ffffff", undefined, undefined, { color: null }],
    ["#00B0F0", undefined, undefined, { color: "#00B0F0" }],
    ["#92D050", "Gray50", 0.4, { color: "#92D050", pattern: "Gray50", tintAndShade: 0.4 }],
  ] as const)("%s %s %s", (color, pattern, tint, expected) => {
    expect(origFill(color, pattern, tint)).toEqual(expected);
  });
});

describe("planMarks", () => {
  const none = () => ({ color: null });

  it("paints error over warning on the same cell and records the original", () => {
    const plan = planMarks(
      emptyMarks(),
      ["S"],
      [
        { sheet: "S", cell: "B2", severity: "warning" },
        { sheet: "S", cell: "B2", severity: "error" },
        { sheet: "S", cell: "C3", severity: "warning" },
      ],
      none
    );
    expect(plan.paint).toEqual([
      { sheet: "S", cell: "B2", color: HIGHLIGHT_COLORS.error },
      { sheet: "S", cell: "C3", color: HIGHLIGHT_COLORS.warning },
    ]);
    expect(plan.next.sheets.S).toEqual({ B2: { color: null }, C3: { color: null } });
  });

  it("restores stale marks, keeps saved originals and other sheets' marks", () => {
    const previous = {
      v: 1 as const,
      sheets: { S: { B2: { color: "#00B0F0" }, D4: { color: null } }, T: { A1: { color: null } } },
    };
    const plan = planMarks(
      previous,
      ["S"],
      [{ sheet: "S", cell: "B2", severity: "error" }],
      () => ({
        color: HIGHLIGHT_COLORS.error,
      })
    );
    expect(plan.restore).toEqual([{ sheet: "S", cell: "D4", fill: { color: null } }]);
    expect(plan.next.sheets).toEqual({
      S: { B2: { color: "#00B0F0" } },
      T: { A1: { color: null } },
    });
  });

  it("takes a cell already in our colour but missing from the snapshot for No Fill", () => {
    const plan = planMarks(
      emptyMarks(),
      ["S"],
      [{ sheet: "S", cell: "B2", severity: "error" }],
      () => ({
        color: HIGHLIGHT_COLORS.warning,
      })
    );
    expect(plan.next.sheets.S.B2).toEqual({ color: null });
  });

  it("lists cells whose original is unknown", () => {
    const plan = planMarks(
      emptyMarks(),
      ["S"],
      [{ sheet: "S", cell: "B2", severity: "error" }],
      () => undefined
    );
    expect(plan.unknown).toEqual([{ sheet: "S", cell: "B2" }]);
  });
});

describe("parseMarks / toAddinError", () => {
  it("treats garbage settings as no snapshot", () => {
    expect(parseMarks("not json")).toBeNull();
    expect(parseMarks(JSON.stringify({ v: 2, sheets: {} }))).toBeNull();
    expect(parseMarks(JSON.stringify({ v: 1, sheets: { S: {} } }))).toEqual({
      v: 1,
      sheets: { S: {} },
    });
  });

  it.each([
    "AccessDenied",
    "InvalidSelection",
    "InvalidObjectPath",
    "ItemNotFound",
    "GeneralException",
  ])("maps %s to zh and en text", (code) => {
    const err = toAddinError({ code, message: "x" });
    expect(err).toBeInstanceOf(AddinError);
    expect(err.code).toBe(code);
    expect(err.refusal).toEqual({ kind: "office", code });
    expect(refusalText(err.refusal).zh).toMatch(/[\u4e00-\u9fff]/);
    expect(refusalText(err.refusal).en).toMatch(/[a-z]/);
  });

  it("keeps an unknown error's message", () => {
    expect(refusalText(toAddinError(new Error("boom")).refusal).en).toContain("boom");
  });
});
