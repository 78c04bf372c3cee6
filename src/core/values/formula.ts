// A small evaluator for the arithmetic formulas forms put in their total cells (=SUM(I10:I25)+I8).
import { D, type Dec, ZERO } from "../decimal";

/** What a referenced cell holds: a number, blank (0 in arithmetic, skipped by SUM), or anything else. */
export type RefValue = Dec | "blank" | "other";

/** Cell lookup by 0-based row and column. */
export type RefLookup = (r: number, c: number) => RefValue;

type Token =
  | { t: "num"; v: Dec }
  | { t: "ref"; r: number; c: number }
  | { t: "op"; v: string }
  | { t: "fn"; v: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\$?([A-Za-z]{1,3})\$?(\d{1,7})|([A-Za-z]+)\s*\(|([-+*/(),:]))/y;

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < src.length) {
    if (/^\s+$/.test(src.slice(i))) break;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(src);
    if (!m) return null;
    i = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ t: "num", v: new D(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "ref", r: Number(m[3]) - 1, c: colIndex(m[2]) });
    else if (m[4] !== undefined) {
      out.push({ t: "fn", v: m[4].toUpperCase() });
      out.push({ t: "op", v: "(" });
    } else out.push({ t: "op", v: m[5] });
  }
  return out;
}

class Fail extends Error {}

/**
 * The value `formula` shows, with references read through `ref`; null when the formula is anything
 * but + − × ÷, parentheses, numbers, same-sheet cell references and SUM over cells and ranges
 * (another sheet, another function, a reference to text in arithmetic): then it cannot be known here.
 */
export function evaluateFormula(formula: string, ref: RefLookup): Dec | null {
  const parsed = tokenize(formula.replace(/^=/, ""));
  if (!parsed || !parsed.length) return null;
  const tokens: Token[] = parsed;
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Fail();
    pos++;
  };
  const cell = (r: number, c: number): Dec => {
    const v = ref(r, c);
    if (v === "other") throw new Fail();
    return v === "blank" ? ZERO : v;
  };
  const sumArg = (): Dec => {
    const t = peek();
    if (
      t?.t === "ref" &&
      tokens[pos + 1]?.t === "op" &&
      (tokens[pos + 1] as { v: string }).v === ":"
    ) {
      const to = tokens[pos + 2];
      if (to?.t !== "ref") throw new Fail();
      pos += 3;
      let s = ZERO;
      for (let r = Math.min(t.r, to.r); r <= Math.max(t.r, to.r); r++) {
        for (let c = Math.min(t.c, to.c); c <= Math.max(t.c, to.c); c++) {
          // SUM skips blanks and text in a range, as Excel does.
          const v = ref(r, c);
          if (v !== "blank" && v !== "other") s = s.plus(v);
        }
      }
      return s;
    }
    return expr();
  };
  const factor = (): Dec => {
    const t = peek();
    if (!t) throw new Fail();
    if (t.t === "op" && t.v === "-") {
      pos++;
      return factor().neg();
    }
    if (t.t === "op" && t.v === "+") {
      pos++;
      return factor();
    }
    pos++;
    if (t.t === "num") return t.v;
    if (t.t === "ref") return cell(t.r, t.c);
    if (t.t === "fn") {
      if (t.v !== "SUM") throw new Fail();
      expect("(");
      let s = ZERO;
      if (!isOp(")")) {
        s = s.plus(sumArg());
        while (isOp(",")) {
          pos++;
          s = s.plus(sumArg());
        }
      }
      expect(")");
      return s;
    }
    if (t.v === "(") {
      const v = expr();
      expect(")");
      return v;
    }
    throw new Fail();
  };
  const term = (): Dec => {
    let v = factor();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[pos++] as { v: string }).v;
      const rhs = factor();
      if (op === "/" && rhs.isZero()) throw new Fail();
      v = op === "*" ? v.times(rhs) : v.div(rhs);
    }
    return v;
  };
  function expr(): Dec {
    let v = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[pos++] as { v: string }).v;
      const rhs = term();
      v = op === "+" ? v.plus(rhs) : v.minus(rhs);
    }
    return v;
  }
  try {
    const v = expr();
    return pos === tokens.length ? v : null;
  } catch (e) {
    if (e instanceof Fail) return null;
    throw e;
  }
}
