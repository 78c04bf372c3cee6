// Seed and run counts of the property suites: FUZZ_SEED / FUZZ_RUNS from the environment, the seed printed on failure.
import fc from "fast-check";

/** Cases of the main (SheetData) properties: ~200 in `npm test`, thousands under `npm run fuzz`. */
export const RUNS = positive(process.env.FUZZ_RUNS) ?? 200;

/** One seed per jest worker run, so that every property of a run can be replayed together. */
export const SEED =
  integer(process.env.FUZZ_SEED) ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

function positive(text: string | undefined): number | undefined {
  const n = integer(text);
  return n !== undefined && n > 0 ? n : undefined;
}

function integer(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isInteger(n) ? n : undefined;
}

/** A share of RUNS for the slower properties (emulator, files on disk), never below `min`. */
export function runsFor(share: number, min: number): number {
  return Math.max(min, Math.round(RUNS * share));
}

/**
 * fc.assert with our seed; a failure is rethrown with the line that replays it first, because
 * fast-check's own report is long and the replay line is what the reader needs.
 */
export async function check<T>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>,
  numRuns: number
): Promise<void> {
  try {
    await fc.assert(property, { seed: SEED, numRuns, endOnFailure: false });
  } catch (err) {
    // jest's -t matches the test's title, not the property's name.
    const title = expect.getState().currentTestName ?? name;
    const replay = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx jest test/property -t "${title}"`;
    const cause = err instanceof Error ? (err as { cause?: unknown }).cause : undefined;
    const detail =
      (err instanceof Error ? err.message : String(err)) +
      (cause instanceof Error ? `\ncaused by: ${cause.message}` : "");
    throw new Error(`property "${name}" failed — replay with: ${replay}\n${detail}`);
  }
}
