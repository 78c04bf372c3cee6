// A synchronous, VBA-shaped fake of WPS 表格's JS object model (Application → Workbook → Worksheets →
// Worksheet → Range → Interior), counting every member call so tests can bound the calls of an action.
// WPS builds differ: some expose `Range.Value2` as a property, others as a zero-argument method
// `Range.Value2()`; `mode` picks one, and the adapter must cope with both.
import { columnName, parseRect, type Rect } from "../emulator/a1";
import { cellKey, XL, type FakeBook, type FakeCell, type FakeSheet } from "./model";

export type AccessMode = "property" | "method";

/** Every COM member call: a property read or write, or a method call. */
export class CallCounter {
  count = 0;
  readonly byMember = new Map<string, number>();

  hit(member: string): void {
    this.count += 1;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  reset(): void {
    this.count = 0;
    this.byMember.clear();
  }
}

export interface FakeOptions {
  mode?: AccessMode;
}

type Obj = Record<string, unknown>;

/** A COM error as the WPS bridge throws it: an Error with a message (no Office-style code). */
export class ComError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ComError";
  }
}

function absolute(rect: Rect): string {
  const a = `$${columnName(rect.c0)}$${rect.r0 + 1}`;
  return rect.r0 === rect.r1 && rect.c0 === rect.c1
    ? a
    : `${a}:$${columnName(rect.c1)}$${rect.r1 + 1}`;
}

/** The typed-input rules ET applies to a string assigned to Value2 / Formula (a subset: numbers, percents). */
function typed(input: string, format: string | undefined): number | string {
  if (input.startsWith("'")) return input.slice(1);
  if (format === "@") return input;
  const pct = /^\s*([+-]?\d+(\.\d+)?)\s*%\s*$/.exec(input);
  if (pct) return Number(pct[1]) / 100;
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(input)) return Number(input);
  return input;
}

export class FakeEt {
  readonly calls = new CallCounter();
  readonly mode: AccessMode;
  /** False while the user edits a cell (Application.Ready); writes then fail. */
  ready = true;
  /** What the adapter wrote to Application.StatusBar, last first. */
  statusBar: string | false = false;
  /** Tests of a failure half-way: after this many more writes, the next one throws (once). */
  failWritesAfter: number | null = null;
  /** The cell the last Range.Select() selected. */
  selection: { sheet: string; cell: string } | null = null;
  readonly Application: Obj;

  constructor(
    readonly book: FakeBook | null,
    options: FakeOptions = {}
  ) {
    this.mode = options.mode ?? "property";
    this.Application = this.application();
  }

  /** Defines a zero-argument member: a property, or (method mode) a function to call; writable if `set`. */
  private expose(obj: Obj, name: string, get: () => unknown, set?: (v: unknown) => void): void {
    const hit = () => this.calls.hit(name);
    Object.defineProperty(obj, name, {
      enumerable: true,
      get:
        this.mode === "property"
          ? () => {
              hit();
              return get();
            }
          : () => () => {
              hit();
              return get();
            },
      set: set
        ? (v: unknown) => {
            hit();
            set(v);
          }
        : undefined,
    });
  }

  private method(obj: Obj, name: string, fn: (...args: never[]) => unknown): void {
    obj[name] = (...args: never[]) => {
      this.calls.hit(name);
      return fn(...args);
    };
  }

  private application(): Obj {
    const app: Obj = {};
    this.expose(app, "ActiveWorkbook", () => (this.book ? this.workbook(this.book) : null));
    this.expose(app, "ActiveSheet", () =>
      this.book ? this.worksheet(this.book.sheets[this.book.active]) : null
    );
    this.expose(app, "Ready", () => this.ready);
    this.expose(
      app,
      "StatusBar",
      () => this.statusBar,
      (v) => {
        this.statusBar = v === false ? false : String(v);
      }
    );
    return app;
  }

  private workbook(book: FakeBook): Obj {
    const wb: Obj = {};
    this.expose(wb, "Name", () => book.name);
    this.expose(wb, "FullName", () => book.fullName);
    this.expose(wb, "ReadOnly", () => book.readOnly);
    this.expose(wb, "ActiveSheet", () => this.worksheet(book.sheets[book.active]));
    const sheets = () => {
      const ws: Obj = {};
      this.expose(ws, "Count", () => book.sheets.length);
      this.method(ws, "Item", (key: number | string) => {
        const s =
          typeof key === "number" ? book.sheets[key - 1] : book.sheets.find((x) => x.name === key);
        if (!s) throw new ComError(`下标越界 (Worksheets.Item ${String(key)})`);
        return this.worksheet(s);
      });
      return ws;
    };
    this.expose(wb, "Worksheets", sheets);
    this.expose(wb, "Sheets", sheets);
    return wb;
  }

  private worksheet(sheet: FakeSheet): Obj {
    const ws: Obj = {};
    const book = this.book as FakeBook;
    this.expose(ws, "Name", () => sheet.name);
    this.expose(ws, "Visible", () => sheet.visible);
    this.expose(ws, "ProtectContents", () => sheet.protected);
    this.expose(ws, "UsedRange", () => this.range(sheet, usedRect(sheet)));
    this.method(ws, "Range", (a1: string) => this.range(sheet, parseRect(a1)));
    const cells = (row: number, col: number) =>
      this.range(sheet, { r0: row - 1, c0: col - 1, r1: row - 1, c1: col - 1 });
    this.method(ws, "Cells", cells);
    this.method(ws, "Activate", () => {
      book.active = book.sheets.indexOf(sheet);
    });
    this.method(ws, "Protect", () => {
      sheet.protected = true;
    });
    this.method(ws, "Unprotect", () => {
      sheet.protected = false;
    });
    return ws;
  }

  private guardWrite(sheet: FakeSheet): void {
    if (!this.ready) throw new ComError("无法在单元格编辑模式下执行此操作");
    if (this.failWritesAfter !== null && this.failWritesAfter-- <= 0) {
      this.failWritesAfter = null;
      throw new ComError("方法 Value2 作用于对象 Range 时失败");
    }
    if (sheet.protected) throw new ComError("您试图更改的单元格或图表受保护，因而是只读的。");
  }

  private range(sheet: FakeSheet, rect: Rect): Obj {
    const r: Obj = {};
    const each = <T>(fn: (row: number, col: number) => T): T[][] => {
      const out: T[][] = [];
      for (let row = rect.r0; row <= rect.r1; row++) {
        const line: T[] = [];
        for (let col = rect.c0; col <= rect.c1; col++) line.push(fn(row, col));
        out.push(line);
      }
      return out;
    };
    const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
    const cell = (row: number, col: number): FakeCell | undefined =>
      sheet.cells.get(cellKey(row, col));
    const edit = (row: number, col: number): FakeCell => {
      const key = cellKey(row, col);
      const c = sheet.cells.get(key) ?? {};
      sheet.cells.set(key, c);
      return c;
    };
    const grid = <T>(fn: (row: number, col: number) => T): T | T[][] =>
      single ? fn(rect.r0, rect.c0) : each(fn);
    /** One value, or a 2-D array matching the range; a scalar is written to every cell. */
    const assign = (v: unknown, put: (c: FakeCell, x: unknown) => void) => {
      this.guardWrite(sheet);
      each((row, col) => {
        const x = Array.isArray(v) ? (v as unknown[][])[row - rect.r0]?.[col - rect.c0] : v;
        put(edit(row, col), x);
      });
    };
    const setConstant = (c: FakeCell, x: unknown) => {
      delete c.formula;
      if (x === undefined || x === null || x === "") delete c.value;
      else if (typeof x === "string") c.value = typed(x, c.numberFormat);
      else c.value = x as number | boolean;
    };
    this.expose(
      r,
      "Value2",
      () => grid((row, col) => cell(row, col)?.value),
      (v) => assign(v, setConstant)
    );
    this.expose(
      r,
      "Formula",
      () =>
        grid((row, col) => {
          const c = cell(row, col);
          if (c?.formula) return c.formula;
          if (c?.value === undefined) return "";
          return typeof c.value === "boolean" ? (c.value ? "TRUE" : "FALSE") : String(c.value);
        }),
      (v) =>
        assign(v, (c, x) => {
          if (typeof x === "string" && x.startsWith("=")) c.formula = x;
          else setConstant(c, x);
        })
    );
    this.expose(
      r,
      "NumberFormat",
      () => uniform(each((row, col) => cell(row, col)?.numberFormat ?? "General")),
      (v) =>
        assign(v, (c, x) => {
          // General is every cell's format until told otherwise: store it as "no format".
          if (String(x) === "General") delete c.numberFormat;
          else c.numberFormat = String(x);
        })
    );
    const mergeOf = (row: number, col: number): Rect | undefined =>
      sheet.merges.find((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1);
    this.expose(r, "MergeCells", () =>
      uniform(each((row, col) => mergeOf(row, col) !== undefined))
    );
    this.expose(r, "MergeArea", () => this.range(sheet, mergeOf(rect.r0, rect.c0) ?? rect));
    this.expose(r, "Address", () => absolute(rect));
    this.expose(r, "Row", () => rect.r0 + 1);
    this.expose(r, "Column", () => rect.c0 + 1);
    this.expose(r, "Interior", () => this.interior(sheet, rect, each, edit));
    this.method(r, "Select", () => {
      const book = this.book as FakeBook;
      if (book.sheets[book.active] !== sheet)
        throw new ComError("Range 类的 Select 方法无效（工作表未激活）");
      this.selection = { sheet: sheet.name, cell: absolute(rect).replace(/\$/g, "") };
    });
    return r;
  }

  private interior(
    sheet: FakeSheet,
    rect: Rect,
    each: <T>(fn: (row: number, col: number) => T) => T[][],
    edit: (row: number, col: number) => FakeCell
  ): Obj {
    const i: Obj = {};
    const fillAt = (row: number, col: number) => sheet.cells.get(cellKey(row, col))?.fill;
    const write = (fn: (c: FakeCell) => void) => {
      this.guardWrite(sheet);
      each((row, col) => fn(edit(row, col)));
    };
    this.expose(
      i,
      "Color",
      () => uniform(each((row, col) => fillAt(row, col)?.color ?? XL.white)),
      (v) =>
        write((c) => {
          const pattern = c.fill && c.fill.pattern !== XL.none ? c.fill.pattern : XL.solid;
          c.fill = { color: Number(v), pattern };
        })
    );
    this.expose(
      i,
      "Pattern",
      () => uniform(each((row, col) => fillAt(row, col)?.pattern ?? XL.none)),
      (v) =>
        write((c) => {
          if (Number(v) === XL.none) delete c.fill;
          else c.fill = { color: c.fill?.color ?? XL.white, pattern: Number(v) };
        })
    );
    this.expose(
      i,
      "ColorIndex",
      () => uniform(each((row, col) => (fillAt(row, col) ? 0 : XL.none))),
      (v) =>
        write((c) => {
          if (Number(v) === XL.none) delete c.fill;
        })
    );
    return i;
  }
}

/** One value when every cell agrees, else null (as VBA's Null for a mixed range). */
function uniform<T>(values: T[][]): T | null {
  const first = values[0]?.[0];
  for (const line of values) for (const v of line) if (v !== first) return null;
  return first ?? null;
}

/** The bounding box of every cell holding something (value, formula, format, fill) and of the merges; A1 when empty. */
export function usedRect(sheet: FakeSheet): Rect {
  let box: Rect | null = null;
  const grow = (r0: number, c0: number, r1: number, c1: number) => {
    box = box
      ? {
          r0: Math.min(box.r0, r0),
          c0: Math.min(box.c0, c0),
          r1: Math.max(box.r1, r1),
          c1: Math.max(box.c1, c1),
        }
      : { r0, c0, r1, c1 };
  };
  for (const [key, c] of sheet.cells) {
    const used =
      c.value !== undefined ||
      c.formula !== undefined ||
      c.fill !== undefined ||
      (c.numberFormat !== undefined && c.numberFormat !== "General");
    if (!used) continue;
    const [row, col] = key.split(",").map(Number);
    grow(row, col, row, col);
  }
  for (const m of sheet.merges) grow(m.r0, m.c0, m.r1, m.c1);
  return box ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
}
