// Step 2 of the locator: pairs each indicator header with the funding header of its form, in reading order.
import type { Grid } from "../grid/grid";
import { overlaps, type Header, type HeaderRows } from "./header-rows";

/** The headers of one form; at least one of the two is set. */
export interface HeaderPair {
  funding: Header | null;
  indicator: Header | null;
}

/**
 * An indicator header takes the nearest unused funding header above it in its columns, unless another
 * indicator header sits between them (that one's form owns the funding block). Funding headers left
 * over are forms of their own (a form cut off before its indicators). Sorted by first header row.
 */
export function pairHeaders(headers: HeaderRows): HeaderPair[] {
  const used = new Set<Header>();
  const pairs: HeaderPair[] = [];
  for (const i of headers.indicator) {
    const candidates = headers.funding.filter(
      (f) =>
        f.row < i.row &&
        overlaps(f, i) &&
        !used.has(f) &&
        !headers.indicator.some((o) => o !== i && o.row > f.row && o.row < i.row && overlaps(o, f))
    );
    const f = candidates.length ? candidates[candidates.length - 1] : null;
    if (f) used.add(f);
    pairs.push({ funding: f, indicator: i });
  }
  for (const f of headers.funding) if (!used.has(f)) pairs.push({ funding: f, indicator: null });
  return pairs.sort((a, b) => firstHeader(a).row - firstHeader(b).row);
}

function firstHeader(pair: HeaderPair): Header {
  return (pair.funding ?? pair.indicator)!;
}

/**
 * The form's segment: from its first header row, across the indicator header's columns (contiguous)
 * or else the funding header's (whose label column may be blank).
 */
export function segmentOf(pair: HeaderPair): Header {
  const span = pair.indicator ?? pair.funding!;
  return { row: firstHeader(pair).row, left: span.left, right: span.right };
}

/** The row of the next header below `row` in `h`'s columns (or past the grid): where a block must end. */
export function nextHeaderRow(grid: Grid, headers: HeaderRows, row: number, h: Header): number {
  return Math.min(
    grid.bottom + 1,
    ...[...headers.funding, ...headers.indicator]
      .filter((x) => x.row > row && overlaps(x, h))
      .map((x) => x.row)
  );
}
