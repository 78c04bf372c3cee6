// The progress bar of a batch on stderr: `[#####.....]  12/500  folder/file.xlsx`, one line redrawn
// in place, only on a terminal; a pipe, a log file, --quiet and --json see nothing.
import { displayWidth, truncate } from "./display-width";
import type { Writer } from "./io";

/** What a stream must be for a bar: a terminal (`isTTY`) with its width. */
interface TtyLike {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** A file finished (in any order). */
  tick(file: string): void;
  /** Clears the bar before other output is printed to the same terminal, to be redrawn on the next tick. */
  clear(): void;
  /** Removes the bar for good. */
  end(): void;
}

const NONE: Progress = { tick: () => undefined, clear: () => undefined, end: () => undefined };

const CR_CLEAR = "\r\u001b[K";
const BAR = 20;
/** Redraw at most this often: 500 quick files must not cost 500 terminal repaints. */
const MIN_INTERVAL_MS = 80;

export function isTty(w: Writer): w is TtyLike & Writer {
  return typeof w !== "function" && Boolean((w as TtyLike).isTTY);
}

/** The line for `done` of `total` files, the current file's name cut to fit `columns`. */
export function progressLine(done: number, total: number, file: string, columns: number): string {
  const filled = total > 0 ? Math.round((done / total) * BAR) : BAR;
  const head = `[${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${done}/${total} `;
  // One column spare: writing into the last column makes some terminals wrap.
  const room = columns - 1 - displayWidth(head);
  if (room >= 4) return head + truncate(file, room);
  // A narrow terminal: the counts and the name, without the bar.
  const counts = `${done}/${total} `;
  const left = columns - 1 - counts.length;
  return left >= 4
    ? counts + truncate(file, left)
    : truncate(counts.trimEnd(), Math.max(1, columns - 1));
}

/**
 * A bar on `stream` when it is a terminal and the run wants one (`enabled`: not --quiet, not
 * --json) and there is more than one file; otherwise a Progress that writes nothing.
 */
export function progressBar(
  stream: Writer,
  total: number,
  enabled: boolean,
  now: () => number = Date.now
): Progress {
  if (!enabled || total < 2 || !isTty(stream)) return NONE;
  let done = 0;
  let shown = false;
  let last = -Infinity;
  const columns = () => (stream.columns && stream.columns > 0 ? stream.columns : 80);
  return {
    tick(file) {
      done++;
      const t = now();
      if (done < total && t - last < MIN_INTERVAL_MS) return;
      last = t;
      stream.write(CR_CLEAR + progressLine(done, total, file, columns()));
      shown = true;
    },
    clear() {
      if (shown) stream.write(CR_CLEAR);
      shown = false;
    },
    end() {
      this.clear();
    },
  };
}
