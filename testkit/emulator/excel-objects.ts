// The emulated Excel object model: Workbook, Worksheet(Collection), Range, RangeAreas, fills, settings.
import {
  boundingRect,
  contains,
  parseCell,
  parseRect,
  qualify,
  rectAddress,
  type Rect,
} from "./a1";
import {
  displayText,
  forEachCell,
  getCell,
  grid,
  mergesIn,
  readFormula,
  readNumberFormat,
  readValue,
  usedRect,
  writeInput,
  writeNumberFormat,
} from "./cell-ops";
import { EmuOfficeError, ErrorCodes } from "./errors";
import type { EmuCell, EmuFill, EmuSheet } from "./model";
import {
  answer,
  EmuClientResult,
  EmuObject,
  requireApi,
  type BatchState,
  type ChangeHandler,
  type Collectable,
  type ContextLike,
  type Scalars,
} from "./proxy";

type SheetLocator = (st: BatchState) => EmuSheet | null;

function findSheet(st: BatchState, name: string): EmuSheet | undefined {
  return st.model.sheets.find((s) => s.name === name);
}

function assertWritable(sheet: EmuSheet, location: string): void {
  if (sheet.protected) {
    throw new EmuOfficeError(
      ErrorCodes.accessDenied,
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
      location
    );
  }
}

export class EmuWorkbook extends EmuObject<true> {
  readonly _typeName = "Workbook";
  readonly worksheets: EmuWorksheetCollection;
  readonly settings: EmuSettingCollection;

  constructor(ctx: ContextLike) {
    super(ctx);
    this.worksheets = new EmuWorksheetCollection(ctx);
    this.settings = new EmuSettingCollection(ctx);
  }

  _resolve(): true {
    return true;
  }

  protected override _nav(name: string): Collectable | undefined {
    return name === "worksheets"
      ? this.worksheets
      : name === "settings"
        ? this.settings
        : undefined;
  }
}

/** OfficeExtension.EventHandlerResult: `remove()` queues the removal, done at the next sync. */
class EmuEventHandlerResult {
  constructor(
    /** The context the handler was added in: Excel.run(context, …) removes it. */
    readonly context: ContextLike,
    private readonly handler: ChangeHandler
  ) {}

  remove(): void {
    const handler = this.handler;
    this.context._queue({
      location: "EventHandlerResult.remove",
      run: (st) => st.commits.push(() => st.handlers.delete(handler)),
    });
  }
}

/** WorksheetCollection.onChanged (ExcelApi 1.9): handlers registered at the next sync. */
class EmuChangedEvent {
  constructor(private readonly context: ContextLike) {}

  add(handler: ChangeHandler): EmuEventHandlerResult {
    this.context._queue({
      location: "WorksheetCollection.onChanged.add",
      api: "1.9",
      run: (st) => st.commits.push(() => st.handlers.add(handler)),
    });
    return new EmuEventHandlerResult(this.context, handler);
  }
}

export class EmuWorksheetCollection extends EmuObject<EmuSheet[]> {
  readonly _typeName = "WorksheetCollection";
  private _items: EmuWorksheet[] | undefined;
  readonly onChanged = new EmuChangedEvent(this.context);

  _resolve(st: BatchState): EmuSheet[] {
    return st.model.sheets;
  }

  get items(): EmuWorksheet[] {
    return this._get<unknown>("items") === true ? (this._items as EmuWorksheet[]) : [];
  }

  protected override _collectNav(
    st: BatchState,
    head: string,
    rests: string[][],
    sheets: EmuSheet[]
  ): void {
    if (head !== "items") return super._collectNav(st, head, rests, sheets);
    const items = sheets.map(
      (s) => new EmuWorksheet(this.context, (b) => findSheet(b, s.name) ?? null)
    );
    for (const it of items) it._collect(st, rests);
    st.commits.push(() => {
      this._items = items;
      this._loaded.set("items", true);
    });
  }

  getItem(name: string): EmuWorksheet {
    return new EmuWorksheet(this.context, (st) => {
      const s = findSheet(st, name);
      if (!s) {
        throw new EmuOfficeError(
          ErrorCodes.itemNotFound,
          `The requested resource doesn't exist (worksheet '${name}').`,
          "WorksheetCollection.getItem"
        );
      }
      return s;
    });
  }

  getItemOrNullObject(name: string): EmuWorksheet {
    return new EmuWorksheet(this.context, (st) => findSheet(st, name) ?? null, "1.4");
  }

  getActiveWorksheet(): EmuWorksheet {
    return new EmuWorksheet(this.context, (st) => findSheet(st, st.model.activeSheet) ?? null);
  }
}

export class EmuWorksheet extends EmuObject<EmuSheet> {
  readonly _typeName = "Worksheet";
  readonly protection: EmuWorksheetProtection;

  constructor(
    ctx: ContextLike,
    private readonly locate: SheetLocator,
    private readonly api?: string
  ) {
    super(ctx);
    this.protection = new EmuWorksheetProtection(ctx, (st) => this._resolve(st));
  }

  _resolve(st: BatchState): EmuSheet | null {
    requireApi(st, this.api, "WorksheetCollection.getItemOrNullObject");
    return this.locate(st);
  }

  protected override _scalars(): Scalars<EmuSheet> {
    return {
      name: (s) => s.name,
      id: (s) => `{${s.name}}`,
      visibility: (s) => s.visibility ?? "Visible",
      position: (s, st) => st.model.sheets.indexOf(s),
    };
  }

  protected override _nav(name: string): Collectable | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  get name(): string {
    return this._get("name");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  get position(): number {
    return this._get("position");
  }
  get id(): string {
    return this._get("id");
  }

  private sheetRange(
    rect: (s: EmuSheet, st: BatchState) => Rect | null,
    api?: string,
    location = "Worksheet.getRange"
  ): EmuRange {
    return new EmuRange(this.context, (st) => {
      requireApi(st, api, location);
      const s = this._resolve(st);
      if (!s)
        throw new EmuOfficeError(ErrorCodes.invalidObjectPath, "Null worksheet.", "Worksheet");
      const r = rect(s, st);
      return r ? { sheet: s, rect: r } : null;
    });
  }

  getRange(address: string): EmuRange {
    return this.sheetRange(() => parseRect(address));
  }

  getUsedRange(valuesOnly?: boolean): EmuRange {
    // The valuesOnly argument is ExcelApi 1.2 (getUsedRange itself 1.1).
    return this.sheetRange(
      (s) => usedRect(s, !!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
      valuesOnly === undefined ? undefined : "1.2",
      "Worksheet.getUsedRange(valuesOnly)"
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): EmuRange {
    return this.sheetRange(
      (s, st) => {
        const r = usedRect(s, !!valuesOnly);
        if (r) return r;
        return st.options.emptyUsedRange === "A1" ? { r0: 0, c0: 0, r1: 0, c1: 0 } : null;
      },
      "1.4",
      "Worksheet.getUsedRangeOrNullObject"
    );
  }

  activate(): void {
    this._act("activate", (s, st) => {
      if ((s.visibility ?? "Visible") !== "Visible") {
        throw new EmuOfficeError(
          ErrorCodes.invalidOperation,
          "Cannot activate a hidden sheet.",
          "Worksheet.activate"
        );
      }
      st.model.activeSheet = s.name;
    });
  }
}

export class EmuWorksheetProtection extends EmuObject<EmuSheet> {
  readonly _typeName = "WorksheetProtection";

  constructor(
    ctx: ContextLike,
    private readonly sheet: (st: BatchState) => EmuSheet | null
  ) {
    super(ctx);
  }

  _resolve(st: BatchState): EmuSheet | null {
    requireApi(st, "1.2", "Worksheet.protection");
    return this.sheet(st);
  }

  protected override _scalars(): Scalars<EmuSheet> {
    return { protected: (s) => !!s.protected };
  }

  get protected(): boolean {
    return this._get("protected");
  }
}

interface RangeTarget {
  sheet: EmuSheet;
  rect: Rect;
}

type RangeLocator = (st: BatchState) => RangeTarget | null;

function shapeOf<V>(input: V | V[][], rect: Rect, location: string): (r: number, c: number) => V {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new EmuOfficeError(
      ErrorCodes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`,
      location
    );
  }
  return (r, c) => input[r - rect.r0][c - rect.c0];
}

export class EmuRange extends EmuObject<RangeTarget> {
  readonly _typeName = "Range";
  readonly format: EmuRangeFormat;

  constructor(
    ctx: ContextLike,
    private readonly locate: RangeLocator
  ) {
    super(ctx);
    this.format = new EmuRangeFormat(ctx, (st) => this._resolve(st));
  }

  _resolve(st: BatchState): RangeTarget | null {
    return this.locate(st);
  }

  protected override _scalars(): Scalars<RangeTarget> {
    return {
      address: (t) => qualify(t.sheet.name, rectAddress(t.rect)),
      addressLocal: (t) => qualify(t.sheet.name, rectAddress(t.rect)),
      rowIndex: (t) => t.rect.r0,
      columnIndex: (t) => t.rect.c0,
      rowCount: (t) => t.rect.r1 - t.rect.r0 + 1,
      columnCount: (t) => t.rect.c1 - t.rect.c0 + 1,
      cellCount: (t) => (t.rect.r1 - t.rect.r0 + 1) * (t.rect.c1 - t.rect.c0 + 1),
      values: (t) => grid(t.rect, (r, c) => readValue(t.sheet, r, c)),
      formulas: (t) => grid(t.rect, (r, c) => readFormula(t.sheet, r, c)),
      numberFormat: (t) => grid(t.rect, (r, c) => readNumberFormat(t.sheet, r, c)),
      valueTypes: (t) => grid(t.rect, (r, c) => valueTypeOf(getCell(t.sheet, r, c))),
      text: (t) =>
        grid(t.rect, (r, c) =>
          displayText(readValue(t.sheet, r, c), readNumberFormat(t.sheet, r, c))
        ),
    };
  }

  protected override _nav(name: string): Collectable | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._act("values", (t, st) => {
      assertWritable(t.sheet, "Range.values");
      const at = shapeOf<unknown>(v, t.rect, "Range.values");
      forEachCell(t.rect, (r, c) => writeInput(t.sheet, r, c, at(r, c)));
      st.changed.push({ sheet: t.sheet.name, address: rectAddress(t.rect) });
    });
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  set formulas(v: unknown[][]) {
    this._act("formulas", (t, st) => {
      assertWritable(t.sheet, "Range.formulas");
      const at = shapeOf<unknown>(v, t.rect, "Range.formulas");
      forEachCell(t.rect, (r, c) => writeInput(t.sheet, r, c, at(r, c)));
      st.changed.push({ sheet: t.sheet.name, address: rectAddress(t.rect) });
    });
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this._act("numberFormat", (t) => {
      assertWritable(t.sheet, "Range.numberFormat");
      const at = shapeOf<unknown>(v, t.rect, "Range.numberFormat");
      forEachCell(t.rect, (r, c) => writeNumberFormat(t.sheet, r, c, at(r, c)));
    });
  }
  get text(): string[][] {
    return this._get("text");
  }

  getBoundingRect(other: EmuRange): EmuRange {
    return new EmuRange(this.context, (st) => {
      const a = this._resolve(st);
      const b = other._resolve(st);
      if (!a || !b || a.sheet !== b.sheet) {
        throw new EmuOfficeError(
          ErrorCodes.invalidArgument,
          "The argument is invalid.",
          "Range.getBoundingRect"
        );
      }
      return { sheet: a.sheet, rect: boundingRect(a.rect, b.rect) };
    });
  }

  /** The overlap of two ranges on one sheet; throws (ItemNotFound) when they do not overlap. */
  getIntersection(other: EmuRange): EmuRange {
    return this.intersection(other, true);
  }

  getIntersectionOrNullObject(other: EmuRange): EmuRange {
    return this.intersection(other, false);
  }

  private intersection(other: EmuRange, throwing: boolean): EmuRange {
    const location = throwing ? "Range.getIntersection" : "Range.getIntersectionOrNullObject";
    return new EmuRange(this.context, (st) => {
      const a = this._resolve(st);
      const b = other._resolve(st);
      if (!a || !b || a.sheet !== b.sheet)
        throw new EmuOfficeError(ErrorCodes.invalidArgument, "The argument is invalid.", location);
      const rect = {
        r0: Math.max(a.rect.r0, b.rect.r0),
        c0: Math.max(a.rect.c0, b.rect.c0),
        r1: Math.min(a.rect.r1, b.rect.r1),
        c1: Math.min(a.rect.c1, b.rect.c1),
      };
      if (rect.r0 <= rect.r1 && rect.c0 <= rect.c1) return { sheet: a.sheet, rect };
      if (!throwing) return null;
      throw new EmuOfficeError(ErrorCodes.itemNotFound, "The ranges do not intersect.", location);
    });
  }

  /**
   * ExcelApi 1.9: the first cell (by rows) whose shown value contains `text` (completeMatch false),
   * or equals it; case-insensitive unless matchCase. Looks at the sheet's stored cells only.
   */
  findOrNullObject(
    text: string,
    criteria: { completeMatch?: boolean; matchCase?: boolean } = {}
  ): EmuRange {
    return new EmuRange(this.context, (st) => {
      requireApi(st, "1.9", "Range.findOrNullObject");
      const t = this._resolve(st);
      if (!t) return null;
      const norm = (s: string) => (criteria.matchCase ? s : s.toLowerCase());
      const want = norm(text);
      let best: { row: number; col: number } | null = null;
      for (const [addr, cell] of Object.entries(t.sheet.cells)) {
        const shown = norm(String(cell.value ?? ""));
        if (!(criteria.completeMatch ? shown === want : shown.includes(want))) continue;
        const p = parseCell(addr);
        if (!contains(t.rect, p.row, p.col)) continue;
        if (!best || p.row < best.row || (p.row === best.row && p.col < best.col)) best = p;
      }
      return best
        ? { sheet: t.sheet, rect: { r0: best.row, c0: best.col, r1: best.row, c1: best.col } }
        : null;
    });
  }

  getCell(row: number, column: number): EmuRange {
    return new EmuRange(this.context, (st) => {
      const t = this._resolve(st);
      if (!t) return null;
      const r0 = t.rect.r0 + row;
      const c0 = t.rect.c0 + column;
      return { sheet: t.sheet, rect: { r0, c0, r1: r0, c1: c0 } };
    });
  }

  /** ExcelApi 1.13; fails like Excel above 512 areas, or always when the emulator is told to. */
  getMergedAreasOrNullObject(): EmuRangeAreas {
    return new EmuRangeAreas(this.context, (st) => {
      requireApi(st, "1.13", "Range.getMergedAreasOrNullObject");
      const t = this._resolve(st);
      if (!t) return null;
      const merges = mergesIn(t.sheet, t.rect);
      if (st.options.mergedAreas === "fail" || merges.length > 512) {
        throw new EmuOfficeError(
          ErrorCodes.generalException,
          "An internal error has occurred.",
          "Range.getMergedAreasOrNullObject"
        );
      }
      return merges.length ? { sheet: t.sheet, rects: merges } : null;
    });
  }

  /** ExcelApi 1.9; only `address` and `format.fill.{color,pattern,tintAndShade}` are emulated. */
  getCellProperties(spec: {
    address?: boolean;
    format?: { fill?: { color?: boolean; pattern?: boolean; tintAndShade?: boolean } };
  }): EmuClientResult<Record<string, unknown>[][]> {
    const result = new EmuClientResult<Record<string, unknown>[][]>();
    this.context._queue({
      location: "Range.getCellProperties",
      api: "1.9",
      run: (st) => {
        const t = this._resolve(st);
        if (!t)
          throw new EmuOfficeError(
            ErrorCodes.invalidObjectPath,
            "Null range.",
            "Range.getCellProperties"
          );
        const want = spec.format?.fill;
        const props = grid(t.rect, (r, c) => {
          const o: Record<string, unknown> = {};
          if (spec.address)
            o.address = qualify(t.sheet.name, rectAddress({ r0: r, c0: c, r1: r, c1: c }));
          if (want) {
            const f = fillOf(getCell(t.sheet, r, c)?.fill);
            const fill: Record<string, unknown> = {};
            if (want.color) fill.color = f.color;
            if (want.pattern) fill.pattern = f.pattern;
            if (want.tintAndShade) fill.tintAndShade = f.tintAndShade;
            o.format = { fill };
          }
          return o;
        });
        const answered = answer(st, props);
        st.commits.push(() => result._set(answered));
      },
    });
    return result;
  }

  select(): void {
    this._act("select", (t, st) => {
      if (st.model.activeSheet !== t.sheet.name) {
        throw new EmuOfficeError(
          ErrorCodes.invalidSelection,
          "The current selection is invalid for this operation.",
          "Range.select"
        );
      }
      st.model.selected = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }
}

/** Office.js `valueTypes`: an error value (`#REF!` with `error: true`, or any formula result shown as one) is "Error". */
function valueTypeOf(cell: EmuCell | undefined): string {
  const v = cell?.value;
  if (v === undefined || v === "" || v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return cell?.error || (cell?.formula && /^#[A-Z0-9/_]+[!?]?$/.test(v)) ? "Error" : "String";
}

/** What Office.js reports for a cell's fill: No Fill reads as white with pattern None and tintAndShade null. */
function fillOf(f: EmuFill | undefined): {
  color: string;
  pattern: string;
  tintAndShade: number | null;
} {
  if (!f) return { color: "#FFFFFF", pattern: "None", tintAndShade: null };
  return { color: f.color, pattern: f.pattern ?? "Solid", tintAndShade: f.tintAndShade ?? 0 };
}

export class EmuRangeFormat extends EmuObject<RangeTarget> {
  readonly _typeName = "RangeFormat";
  readonly fill: EmuRangeFill;

  constructor(
    ctx: ContextLike,
    private readonly range: RangeLocator
  ) {
    super(ctx);
    this.fill = new EmuRangeFill(ctx, range);
  }

  _resolve(st: BatchState): RangeTarget | null {
    return this.range(st);
  }

  protected override _nav(name: string): Collectable | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

function uniform<V>(t: RangeTarget, fn: (f: ReturnType<typeof fillOf>) => V): V | null {
  let first: V | undefined;
  let same = true;
  let seen = false;
  forEachCell(t.rect, (r, c) => {
    const v = fn(fillOf(getCell(t.sheet, r, c)?.fill));
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) same = false;
  });
  return same ? (first as V) : null;
}

function normaliseColor(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  if (!m)
    throw new EmuOfficeError(
      ErrorCodes.invalidArgument,
      `Unsupported colour ${color}.`,
      "RangeFill.color"
    );
  return `#${m[1].toUpperCase()}`;
}

export class EmuRangeFill extends EmuObject<RangeTarget> {
  readonly _typeName = "RangeFill";

  constructor(
    ctx: ContextLike,
    private readonly range: RangeLocator
  ) {
    super(ctx);
  }

  _resolve(st: BatchState): RangeTarget | null {
    return this.range(st);
  }

  protected override _scalars(): Scalars<RangeTarget> {
    return {
      color: (t) => uniform(t, (f) => f.color),
      pattern: (t, st) => {
        requireApi(st, "1.9", "RangeFill.pattern");
        return uniform(t, (f) => f.pattern);
      },
      tintAndShade: (t, st) => {
        requireApi(st, "1.9", "RangeFill.tintAndShade");
        return uniform(t, (f) => f.tintAndShade);
      },
    };
  }

  private each(location: string, fn: (sheet: EmuSheet, key: string) => void, api?: string): void {
    this._act(
      location,
      (t) => {
        assertWritable(t.sheet, `RangeFill.${location}`);
        forEachCell(t.rect, (r, c) => fn(t.sheet, rectAddress({ r0: r, c0: c, r1: r, c1: c })));
      },
      api
    );
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    const color = normaliseColor(v);
    this.each("color", (s, key) => {
      s.cells[key] ??= { value: "" };
      s.cells[key].fill = { color, pattern: "Solid", tintAndShade: 0 };
    });
  }
  get pattern(): string {
    return this._get("pattern");
  }
  set pattern(v: string) {
    this.each(
      "pattern",
      (s, key) => {
        s.cells[key] ??= { value: "" };
        const cell = s.cells[key];
        if (v === "None") delete cell.fill;
        else
          cell.fill = {
            color: cell.fill?.color ?? "#000000",
            pattern: v,
            tintAndShade: cell.fill?.tintAndShade ?? 0,
          };
      },
      "1.9"
    );
  }
  get tintAndShade(): number | null {
    return this._get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this.each(
      "tintAndShade",
      (s, key) => {
        const cell = s.cells[key];
        if (cell?.fill) cell.fill.tintAndShade = v;
      },
      "1.9"
    );
  }

  clear(): void {
    this.each("clear", (s, key) => {
      if (s.cells[key]) delete s.cells[key].fill;
    });
  }
}

interface AreasTarget {
  sheet: EmuSheet;
  rects: Rect[];
}

export class EmuRangeAreas extends EmuObject<AreasTarget> {
  readonly _typeName = "RangeAreas";
  readonly areas: EmuRangeCollection;

  constructor(
    ctx: ContextLike,
    private readonly locate: (st: BatchState) => AreasTarget | null
  ) {
    super(ctx);
    this.areas = new EmuRangeCollection(ctx, (st) => this._resolve(st));
  }

  _resolve(st: BatchState): AreasTarget | null {
    return this.locate(st);
  }

  protected override _scalars(): Scalars<AreasTarget> {
    return {
      address: (t) => t.rects.map((r) => qualify(t.sheet.name, rectAddress(r))).join(","),
      areaCount: (t) => t.rects.length,
    };
  }

  protected override _nav(name: string): Collectable | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
}

export class EmuRangeCollection extends EmuObject<AreasTarget> {
  readonly _typeName = "RangeCollection";
  private _items: EmuRange[] | undefined;

  constructor(
    ctx: ContextLike,
    private readonly locate: (st: BatchState) => AreasTarget | null
  ) {
    super(ctx);
  }

  _resolve(st: BatchState): AreasTarget | null {
    return this.locate(st);
  }

  get items(): EmuRange[] {
    this._get("items");
    return this._items as EmuRange[];
  }

  protected override _collectNav(
    st: BatchState,
    head: string,
    rests: string[][],
    t: AreasTarget
  ): void {
    if (head !== "items") return super._collectNav(st, head, rests, t);
    const items = t.rects.map(
      (rect) => new EmuRange(this.context, () => ({ sheet: t.sheet, rect }))
    );
    for (const it of items) it._collect(st, rests);
    st.commits.push(() => {
      this._items = items;
      this._loaded.set("items", true);
    });
  }
}

export class EmuSettingCollection extends EmuObject<Record<string, unknown>> {
  readonly _typeName = "SettingCollection";

  _resolve(st: BatchState): Record<string, unknown> {
    requireApi(st, "1.4", "Workbook.settings");
    return st.model.settings;
  }

  add(key: string, value: unknown): EmuSetting {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this._act("add", (settings) => {
      settings[key] = copy;
    });
    return this.getItem(key);
  }

  getItem(key: string): EmuSetting {
    return new EmuSetting(this.context, key, (st) => {
      const s = this._resolve(st);
      if (!(key in s)) {
        throw new EmuOfficeError(
          ErrorCodes.itemNotFound,
          `Setting '${key}' not found.`,
          "SettingCollection.getItem"
        );
      }
      return s;
    });
  }

  getItemOrNullObject(key: string): EmuSetting {
    return new EmuSetting(this.context, key, (st) => {
      const s = this._resolve(st);
      return key in s ? s : null;
    });
  }
}

export class EmuSetting extends EmuObject<Record<string, unknown>> {
  readonly _typeName = "Setting";

  constructor(
    ctx: ContextLike,
    readonly keyName: string,
    private readonly locate: (st: BatchState) => Record<string, unknown> | null
  ) {
    super(ctx);
  }

  _resolve(st: BatchState): Record<string, unknown> | null {
    return this.locate(st);
  }

  protected override _scalars(): Scalars<Record<string, unknown>> {
    return { key: () => this.keyName, value: (s) => s[this.keyName] };
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    const copy = JSON.parse(JSON.stringify(v)) as unknown;
    this._act("value", (s) => {
      s[this.keyName] = copy;
    });
  }

  delete(): void {
    this._act("delete", (s) => {
      delete s[this.keyName];
    });
  }
}
