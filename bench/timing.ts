// Timing helpers of the bench: warm-up, median of repetitions, ratios only (absolute times vary by machine).

/** Milliseconds of one call, from process.hrtime.bigint(). */
async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median of a/b, timing the two alternately `reps` times after warm-up; also both medians. */
export async function ratio(
  a: () => unknown,
  b: () => unknown,
  reps: number,
  warmup = 2
): Promise<{ ratio: number; a: number; b: number }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < reps; i++) {
    ta.push(await timeOnce(a));
    tb.push(await timeOnce(b));
  }
  return { ratio: median(ta) / median(tb), a: median(ta), b: median(tb) };
}
