// The fake ET itself: VBA-shaped answers (2-D Value2, null for mixed formats / merges / fills), both
// access modes really differ, and the counter counts what the adapter calls.
import { get } from "../../src/wps/com";
import { cellKey, emptySheet, FakeEt, XL, type FakeBook } from "../../testkit/wps-fake";

function book(): FakeBook {
  const sheet = emptySheet("表1");
  sheet.cells.set(cellKey(1, 1), { value: 0.85, numberFormat: "0.00%" });
  sheet.cells.set(cellKey(1, 2), { value: "良" });
  sheet.cells.set(cellKey(2, 1), { value: 9, formula: "=ROUND(B2*10,2)" });
  sheet.merges.push({ r0: 2, c0: 2, r1: 3, c1: 2 });
  return { name: "a.xlsx", fullName: "D:\\a.xlsx", readOnly: false, sheets: [sheet], active: 0 };
}

describe("the fake ET", () => {
  test("property mode answers members as values; method mode as zero-argument functions", () => {
    const p = new FakeEt(book(), { mode: "property" }).Application;
    const m = new FakeEt(book(), { mode: "method" }).Application;
    expect(typeof p.ActiveWorkbook).toBe("object");
    expect(typeof m.ActiveWorkbook).toBe("function");
    // The adapter's one accessor reads both alike.
    expect(get(get(p, "ActiveWorkbook") as Record<string, unknown>, "FullName")).toBe("D:\\a.xlsx");
    expect(get(get(m, "ActiveWorkbook") as Record<string, unknown>, "FullName")).toBe("D:\\a.xlsx");
  });

  test("UsedRange, Value2 / Formula as 2-D arrays, mixed answers as null", () => {
    const et = new FakeEt(book());
    const ws = et.Application.ActiveSheet as Record<string, unknown>;
    const used = ws.UsedRange as Record<string, unknown>;
    expect(used.Address).toBe("$B$2:$C$4");
    expect(used.Value2).toEqual([
      [0.85, "良"],
      [9, undefined],
      [undefined, undefined],
    ]);
    expect(used.Formula).toEqual([
      ["0.85", "良"],
      ["=ROUND(B2*10,2)", ""],
      ["", ""],
    ]);
    expect(used.NumberFormat).toBeNull();
    expect(used.MergeCells).toBeNull();
    const range = (a1: string) => (ws.Range as (a: string) => Record<string, unknown>)(a1);
    expect(range("B3:B4").NumberFormat).toBe("General");
    expect(range("C3").MergeCells).toBe(true);
    expect((range("C3").MergeArea as Record<string, unknown>).Address).toBe("$C$3:$C$4");
    expect((range("B2").Interior as Record<string, unknown>).Pattern).toBe(XL.none);
    expect((range("B2").Interior as Record<string, unknown>).Color).toBe(XL.white);
  });

  test("typed input: a string is parsed as ET does, an apostrophe keeps it text; protection refuses writes", () => {
    const b = book();
    const et = new FakeEt(b);
    const ws = et.Application.ActiveSheet as Record<string, unknown>;
    const range = (a1: string) => (ws.Range as (a: string) => Record<string, unknown>)(a1);
    range("E1").Value2 = "89.55%";
    range("E2").Value2 = "'89.55%";
    expect(range("E1").Value2).toBeCloseTo(0.8955);
    expect(range("E2").Value2).toBe("89.55%");
    b.sheets[0].protected = true;
    expect(() => (range("E3").Value2 = 1)).toThrow(/受保护/);
  });

  test("the counter counts every member read, write and method call", () => {
    const et = new FakeEt(book(), { mode: "method" });
    const app = et.Application;
    const ws = get(app, "ActiveSheet") as Record<string, unknown>;
    get(get(ws, "UsedRange") as Record<string, unknown>, "Value2");
    expect(et.calls.count).toBe(3);
    expect([...et.calls.byMember.keys()]).toEqual(["ActiveSheet", "UsedRange", "Value2"]);
  });
});
