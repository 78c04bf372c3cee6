// A cell's value as the spreadsheet shows it, for the grid preview: percents, fixed decimals, dates.
import type { CellValue } from "../../core";

/** The format with quoted text, escapes and [colour]/[locale] brackets removed: only its codes. */
function codesOf(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

const DATE_CODES = /[ymd]/i;

/** Serial (1900 system, as the reader gives dates) → `2024年3月5日`, or `2024年3月` for a month format. */
function dateText(serial: number, codes: string): string {
  // Serial 60 is Excel's phantom 1900-02-29; from 61 on, serials count from 1899-12-30.
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return /d/i.test(codes) ? `${y}年${m}月${day}日` : `${y}年${m}月`;
}

function decimalsOf(codes: string): number {
  const m = /\.([0#?]+)/.exec(codes);
  return m ? m[1].length : 0;
}

function grouped(text: string): string {
  const [int, frac] = text.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + withCommas + (frac !== undefined ? "." + frac : "");
}

/** A number as General shows it: up to 11 significant digits, no trailing zeros, no exponent for forms' sizes. */
function general(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(11)));
}

/** What the cell shows: the value through its number format (the common codes only), text as is. */
export function displayValue(value: CellValue, format: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  const codes = format && format !== "General" ? codesOf(format) : "";
  if (!codes || codes === "@") return general(value);
  if (codes.includes("%")) return `${(value * 100).toFixed(decimalsOf(codes))}%`;
  if (DATE_CODES.test(codes)) return dateText(value, codes);
  if (/[0#]/.test(codes)) {
    const fixed = value.toFixed(decimalsOf(codes));
    return codes.includes(",") ? grouped(fixed) : fixed;
  }
  return general(value);
}
