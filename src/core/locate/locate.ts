// The form locator: finds every 自评表 on a grid by its labels, wherever and however often it sits.
import type { Area } from "../grid/address";
import type { Grid } from "../grid/grid";
import { detectProfile, type LayoutTraits } from "../profiles";
import type { EvaluateOptions } from "../types";
import { indicatorBlockRows } from "./block-end";
import { readFormHead, type FormHead } from "./form-head";
import { readFundingLayout } from "./funding-layout";
import { findHeaderRows, overlaps, type Header, type HeaderRows } from "./header-rows";
import { findTotalRow, readIndicatorHeader, readTotalLayout } from "./indicator-layout";
import type { FormLayout, FundingLayout, IndicatorLayout, TotalLayout } from "./layout-types";
import { nextHeaderRow, pairHeaders, segmentOf, type HeaderPair } from "./pairing";
import { scanLabels, type LabelIndex } from "./scan";

function traitsOf(funding: FundingLayout | null, indicators: IndicatorLayout | null): LayoutTraits {
  return {
    hasBalanceColumn: funding?.cols.balance != null,
    hasInitialSplit: (funding?.cols.initial.length ?? 0) > 1,
    hasAdjustedTarget: indicators?.cols.targetAdjusted !== undefined,
    hasReasonColumn: funding?.cols.reason != null,
    hasNatureOrUnitColumn:
      indicators?.cols.comparator !== undefined || indicators?.cols.unit !== undefined,
  };
}

/** The form's range: from its head down to its grade (else last indicator, else funding rows). */
function formArea(
  grid: Grid,
  seg: Header,
  head: FormHead,
  funding: FundingLayout | null,
  indicators: IndicatorLayout | null,
  total: TotalLayout | null
): Area {
  const left = Math.min(
    funding?.labelLeft ?? Infinity,
    indicators?.left ?? Infinity,
    head.anchor.c
  );
  const bottom =
    (total ? Math.max(total.row, total.gradeCell?.r ?? total.row) : null) ??
    (indicators?.rows.length ? indicators.rows[indicators.rows.length - 1] : null) ??
    (funding
      ? Math.max(funding.lastHeaderRow, ...funding.sourceRows, funding.totalRow ?? 0)
      : seg.row);
  const widest = Math.max(
    funding?.right ?? -Infinity,
    indicators?.right ?? -Infinity,
    total?.gradeCell?.c ?? -Infinity
  );
  // A header whose blocks could not be read still spans its own labels.
  const right = Number.isFinite(widest) ? widest : Math.min(seg.right, grid.right);
  return { top: head.top, left, bottom, right };
}

/** What every step reads: the grid, its labels and every form's header rows. */
interface Sheet {
  grid: Grid;
  labels: LabelIndex;
  headers: HeaderRows;
}

/** Reads one form from its pair of headers; `floor` is the first row below the form above it. */
function readForm(
  { grid, labels, headers }: Sheet,
  pair: HeaderPair,
  seg: Header,
  floor: number,
  options: EvaluateOptions
): FormLayout {
  const { funding: f, indicator: i } = pair;
  const head = readFormHead(grid, labels, seg, floor);
  const funding = f
    ? readFundingLayout(
        grid,
        labels,
        f.row,
        seg.left,
        seg.right,
        i ? i.row : nextHeaderRow(grid, headers, f.row, f)
      )
    : null;
  const indicators = i ? readIndicatorHeader(grid, labels, i.row, seg.left, seg.right) : null;
  let totalFound: ReturnType<typeof findTotalRow> = null;
  if (i && indicators) {
    const limit = nextHeaderRow(grid, headers, i.row, i);
    totalFound = findTotalRow(labels, indicators, seg.left, limit);
    const end = totalFound ? totalFound.row : limit;
    indicators.rows = indicatorBlockRows(grid, labels, indicators, end, !!totalFound);
  }
  // The profile is settled before the total row is read: its grade cell depends on it.
  const profile = detectProfile(traitsOf(funding, indicators), options);
  const total =
    indicators && totalFound
      ? readTotalLayout(grid, labels, indicators, totalFound, profile)
      : null;
  return {
    sheet: grid.name,
    kind: head.kind,
    area: formArea(grid, seg, head, funding, indicators, total),
    profile,
    project: head.project,
    year: head.year,
    funding,
    indicators,
    total,
    anchor: head.anchor,
  };
}

/**
 * Every form on the grid, top to bottom, in named steps: the labels (scan.ts), the header rows
 * (header-rows.ts), paired per form (pairing.ts); then per form its head above (form-head.ts), its
 * funding and indicator headers (funding-layout.ts, indicator-layout.ts), its indicator rows down to
 * the total row or the block's end (block-end.ts), its profile (profiles/) and its total row.
 */
export function locateForms(grid: Grid, options: EvaluateOptions = {}): FormLayout[] {
  const labels = scanLabels(grid);
  const sheet: Sheet = { grid, labels, headers: findHeaderRows(grid, labels) };
  const forms: FormLayout[] = [];
  // Forms placed before, to keep a form's head search from reaching into the one above it.
  const placed: Header[] = [];
  for (const pair of pairHeaders(sheet.headers)) {
    const seg = segmentOf(pair);
    const floor = Math.max(
      grid.top,
      ...placed.filter((p) => overlaps(p, seg)).map((p) => p.row + 1)
    );
    const form = readForm(sheet, pair, seg, floor, options);
    placed.push({ row: form.area.bottom, left: seg.left, right: seg.right });
    forms.push(form);
  }
  return forms;
}
