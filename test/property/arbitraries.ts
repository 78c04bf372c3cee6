// fast-check arbitraries for workbooks of 自评表: layouts, origins, stacking, cell storage, and cell mutations.
import fc from "fast-check";
import { cleanForm } from "../../testkit/fixtures/forms";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { seedForms, seedFormsNumeric } from "../../testkit/fixtures/seed";
import type {
  CellInput,
  FormSpec,
  FundRow,
  Layout,
  WorkbookSpec,
} from "../../testkit/fixtures/spec";

/** How the numbers of a form are stored: as built, or as the text WPS/LibreOffice exports leave. */
export type Storage = "asis" | "text" | "padded" | "fullwidth" | "spaced";
export type Base = "clean" | "mistakes" | "seed";

export interface FormChoice {
  layout: Layout;
  base: Base;
  /** Which of the three seed forms, when base is "seed". */
  seedIndex: number;
  seedNumeric: boolean;
  storage: Storage;
  originRow: number;
  originCol: number;
  gapRows: number;
  noTitle: boolean;
  fullWidthSpaces: boolean;
  mergeLevels: boolean;
}

/** What a mutation puts into a cell (turned into an exceljs value by mutate.ts). */
export type MutValue =
  | { kind: "number"; value: number; numFmt?: string }
  | { kind: "text"; value: string; numFmt?: string }
  | { kind: "blank" }
  | { kind: "formula"; formula: string; result: number | string | null; error?: string }
  | { kind: "bool"; value: boolean }
  | { kind: "date"; value: Date }
  | { kind: "error"; value: string };

/** Index-based so that it is drawn before the form exists; resolved modulo the candidate cells. */
export interface CellMutation {
  form: number;
  cell: number;
  value: MutValue;
}

export interface MergeMutation {
  form: number;
  cell: number;
  down: boolean;
}

export interface Case {
  arrangement: "stacked" | "per-sheet";
  sheetNames: string[];
  forms: FormChoice[];
  /** Chaos: any cell of the form may change, labels included; otherwise only value cells do. */
  chaos: boolean;
  mutations: CellMutation[];
  merges: MergeMutation[];
}

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];

/** Sheet names Excel allows, with the awkward ones (spaces, quotes, brackets, CJK) on purpose. */
const SHEET_NAMES = [
  "Sheet1",
  "自评表",
  "自评 表",
  "Bob's",
  "项目(一)",
  "2022年度",
  "表 1",
  "A1",
  "绩效-自评",
];

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

export function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);
}

const formChoice: fc.Arbitrary<FormChoice> = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  base: fc.constantFrom<Base>("clean", "mistakes", "seed"),
  seedIndex: fc.nat({ max: 2 }),
  seedNumeric: fc.boolean(),
  storage: fc.constantFrom<Storage>("asis", "text", "padded", "fullwidth", "spaced"),
  originRow: fc.integer({ min: 1, max: 12 }),
  originCol: fc.integer({ min: 1, max: 6 }),
  gapRows: fc.integer({ min: 0, max: 3 }),
  noTitle: fc.boolean(),
  fullWidthSpaces: fc.boolean(),
  mergeLevels: fc.boolean(),
});

const numberValue: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -1_000_000, max: 100_000_000 }).map((n) => n / 100),
  fc.constantFrom(
    0,
    -0,
    1e15,
    1e-9,
    9.99e20,
    -0.0001,
    1e300,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    0.1 + 0.2
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true })
);

/** Cell texts a clerk, WPS or a copy-paste from a web page leaves; none of them is a form label. */
const GARBAGE = [
  "abc",
  "N/A",
  "——",
  "—",
  "/",
  "／",
  "…",
  "无",
  "完成",
  "已完成",
  "达到预期指标",
  "未完成",
  "≥96%",
  "≤2000元",
  ">=90%",
  "不低于95%",
  "=44.83万元",
  "500632.41元",
  "10个",
  "10 个",
  "2022年12月",
  "2022年12月31日",
  "12月底前",
  "明显提升",
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "89.55%",
  "89.55 %",
  "0.8955",
  "44.5000",
  " 44.5 ",
  "\u300044.5\u3000",
  "１００",
  "９５．５",
  "1,234.56",
  "1e3",
  "-5",
  "(5)",
  "优",
  "良",
  "差",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "&amp;",
  '"quoted"',
  "x".repeat(300),
];

/** Printable text only: a control character or a lone surrogate cannot be stored in an .xlsx cell. */
function printableOnly(text: string): string {
  return [...text]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      const surrogate = code >= 0xd800 && code <= 0xdfff;
      return !control && !surrogate && code !== 0xfffe && code !== 0xffff;
    })
    .join("");
}

const printable = fc.string({ maxLength: 12, unit: "grapheme" }).map(printableOnly);

const textValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GARBAGE) },
  { weight: 2, arbitrary: numberValue.map((n) => String(n)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => toFullWidth(String(n / 100))),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => ` ${(n / 100).toFixed(4)}  `),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => `${(n / 100).toFixed(2)}%`),
  },
  { weight: 1, arbitrary: printable }
);

const NUM_FORMATS = ["0.00", "0.00%", "0%", "@", "General", "#,##0.00", 'yyyy"年"m"月"', "0.0000"];

export const mutValue: fc.Arbitrary<MutValue> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant("number" as const),
        value: numberValue,
        numFmt: fc.constantFrom(...NUM_FORMATS),
      },
      { requiredKeys: ["kind", "value"] }
    ),
  },
  {
    weight: 5,
    arbitrary: fc.record(
      { kind: fc.constant("text" as const), value: textValue, numFmt: fc.constant("@") },
      { requiredKeys: ["kind", "value"] }
    ),
  },
  { weight: 3, arbitrary: fc.constant({ kind: "blank" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("formula" as const),
      formula: fc.constantFrom("1+1", "SUM(A1:A2)", "A1/B1", "ROUND(0.5,2)", '"x"&"y"'),
      result: fc.oneof(numberValue, fc.constantFrom("x", "", "优"), fc.constant(null)),
      error: fc.option(fc.constantFrom("#DIV/0!", "#REF!"), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("date" as const),
      value: fc.integer({ min: 0, max: 60 * 365 }).map((d) => new Date(Date.UTC(1990, 0, 1 + d))),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("error" as const),
      value: fc.constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!"),
    }),
  }
);

const mutation: fc.Arbitrary<CellMutation> = fc.record({
  form: fc.nat(),
  cell: fc.nat(),
  value: mutValue,
});

const merge: fc.Arbitrary<MergeMutation> = fc.record({
  form: fc.nat(),
  cell: fc.nat(),
  down: fc.boolean(),
});

export function caseArb(options: { maxForms?: number; chaos?: boolean } = {}): fc.Arbitrary<Case> {
  const maxForms = options.maxForms ?? 3;
  return fc.record({
    arrangement: fc.constantFrom<Case["arrangement"]>("stacked", "per-sheet"),
    sheetNames: fc.shuffledSubarray(SHEET_NAMES, { minLength: maxForms, maxLength: maxForms }),
    forms: fc.array(formChoice, { minLength: 1, maxLength: maxForms }),
    chaos: options.chaos === undefined ? fc.boolean() : fc.constant(options.chaos),
    mutations: fc.array(mutation, { maxLength: 12 }),
    merges: fc.array(merge, { maxLength: 2 }),
  });
}

// ---- Turning a Case into a WorkbookSpec -------------------------------------------------------

function numberText(value: number, storage: Storage, percent: boolean): string {
  const plain = percent ? `${(value * 100).toFixed(2)}%` : String(value);
  switch (storage) {
    case "padded":
      return percent ? plain : value.toFixed(4);
    case "fullwidth":
      return toFullWidth(plain);
    case "spaced":
      return ` ${plain}\u3000`;
    default:
      return plain;
  }
}

/** Re-stores a number cell as text in the given style; text, blanks and formulas stay as they are. */
export function restore(input: CellInput | undefined, storage: Storage): CellInput | undefined {
  if (storage === "asis" || input === undefined || input === null || input instanceof Date)
    return input;
  if (typeof input === "number") return numberText(input, storage, false);
  if (typeof input === "string") return storage === "spaced" ? ` ${input} ` : input;
  if (input.formula !== undefined || typeof input.value !== "number") return input;
  return numberText(input.value, storage, /%/.test(input.numFmt ?? ""));
}

function restoreRow(row: FundRow, storage: Storage): FundRow {
  const r = (c: CellInput | undefined) => restore(c, storage);
  const initial = Array.isArray(row.initial)
    ? ([r(row.initial[0]) ?? null, r(row.initial[1]) ?? null] as [CellInput, CellInput])
    : r(row.initial as CellInput | undefined);
  return {
    ...row,
    initial,
    budget: r(row.budget) ?? null,
    executed: r(row.executed) ?? null,
    balance: r(row.balance),
    rate: r(row.rate),
    score: r(row.score),
    weight: r(row.weight),
  };
}

export function formOf(choice: FormChoice): FormSpec {
  let form: FormSpec;
  if (choice.base === "seed") {
    form = (choice.seedNumeric ? seedFormsNumeric : seedForms)[choice.seedIndex];
  } else {
    form = choice.base === "clean" ? cleanForm(choice.layout) : mistakesForm(choice.layout);
  }
  const s = choice.storage;
  return {
    ...form,
    title: choice.noTitle ? null : form.title,
    fullWidthSpaces: choice.fullWidthSpaces || form.fullWidthSpaces,
    mergeLevels: choice.mergeLevels,
    funding: {
      ...form.funding,
      total: restoreRow(form.funding.total, s),
      sources: form.funding.sources.map((row) => restoreRow(row, s)),
    },
    indicators: form.indicators.map((ind) => ({
      ...ind,
      weight: restore(ind.weight, s),
      score: restore(ind.score, s),
    })),
    total: { ...form.total, score: restore(form.total.score, s) ?? null },
  };
}

function columnLetter(col: number): string {
  return String.fromCharCode(64 + col);
}

export function specOf(c: Case): WorkbookSpec {
  const placed = c.forms.map((choice) => ({
    form: formOf(choice),
    origin: `${columnLetter(choice.originCol)}${choice.originRow}`,
    gapRows: choice.gapRows,
  }));
  if (c.arrangement === "stacked") return { sheets: [{ name: c.sheetNames[0], forms: placed }] };
  return { sheets: placed.map((p, i) => ({ name: c.sheetNames[i], forms: [p] })) };
}
