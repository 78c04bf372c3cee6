// Checks the files of a run serially in-process or over worker threads, and hands the results back
// in input order whatever order the workers finish in: the output of `--jobs N` is that of `--jobs 1`.
import { existsSync } from "fs";
import { availableParallelism } from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { EvaluateOptions, TargetBook } from "../core";
import { asCliError, checkFile, type CheckedView } from "./check-file";
import { CliError, messages } from "./errors";
import { failedFileReport } from "./report";

export interface WorkerTask {
  index: number;
  file: string;
}

export interface WorkerReply {
  index: number;
  view: CheckedView;
  /** The worker's thread id (0 is the main thread, when files run serially). */
  thread: number;
}

export interface PoolOptions {
  sheet?: string;
  evaluate: EvaluateOptions;
  /**
   * `--targets FILE`: its path (each worker reads it once, so no grid crosses a thread) and the
   * target book the main thread already read from it (and refused the run on, if unusable).
   */
  targets?: { file: string; book: TargetBook };
  /** Worker threads; 1 (or a single file) checks in-process. */
  jobs: number;
  /** The compiled worker (tests point at a build); default: check-worker.js beside this module. */
  workerScript?: string;
}

export interface PoolEvents {
  /** Every result, in input order (each index once, ascending). */
  result(index: number, view: CheckedView): void;
  /** A file finished, in completion order (the progress bar), on thread `thread` (0 = main). */
  done?(index: number, file: string, thread: number): void;
}

/**
 * Fewer files than this run serially whatever --jobs says: starting a worker (loading the reader and
 * the core) costs about as much as checking a file or two, so a handful gains nothing from threads.
 */
export const MIN_FILES_FOR_WORKERS = 4;

/** The default number of jobs: one per core the process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * The worker script next to this module when it is compiled JavaScript; null when the CLI runs
 * from its TypeScript sources (ts-jest), where a worker could not load it: then files run serially.
 */
export function defaultWorkerScript(): string | null {
  const script = path.join(__dirname, "check-worker.js");
  return existsSync(script) ? script : null;
}

/** Buffers results that arrive early and releases them in input order. */
class InOrder {
  private next = 0;
  private readonly waiting = new Map<number, CheckedView>();
  constructor(private readonly emit: (index: number, view: CheckedView) => void) {}

  put(index: number, view: CheckedView): void {
    this.waiting.set(index, view);
    while (this.waiting.has(this.next)) {
      const v = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.emit(this.next++, v);
    }
  }
}

const targetBooks = (opts: PoolOptions): TargetBook[] => (opts.targets ? [opts.targets.book] : []);

async function serial(files: string[], opts: PoolOptions, events: PoolEvents): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    const view = await checkFile(files[i], opts.sheet, opts.evaluate, targetBooks(opts));
    events.done?.(i, files[i], 0);
    events.result(i, view);
  }
}

/** A worker that died (out of memory, a crash in a library) fails its file, never the run. */
function crashedView(file: string, err: unknown): CheckedView {
  const e = asCliError(err);
  const error = e.code === "INTERNAL" ? e : new CliError("INTERNAL", messages.internal(e.text.en));
  return { report: failedFileReport(file, error) };
}

/**
 * Tasks queued per worker: the next file is already there when one finishes, so a worker never
 * waits for the main thread, which checks files of its own between messages.
 */
const DEPTH = 2;

/** The files not yet handed out, in order; a dead worker's unstarted files go back to the front. */
class Queue {
  private next = 0;
  private readonly returned: number[] = [];
  constructor(private readonly size: number) {}
  take(): number | null {
    if (this.returned.length) return this.returned.shift()!;
    return this.next < this.size ? this.next++ : null;
  }
  giveBack(indices: number[]): void {
    this.returned.unshift(...indices);
  }
  get empty(): boolean {
    return this.returned.length === 0 && this.next >= this.size;
  }
}

/**
 * `jobs - 1` worker threads plus the main thread, which has the reader loaded already (one worker
 * fewer to start), all taking files from one queue; results are released in input order.
 */
function parallel(
  files: string[],
  opts: PoolOptions,
  script: string,
  events: PoolEvents
): Promise<void> {
  const order = new InOrder(events.result);
  const queue = new Queue(files.length);
  let finished = 0;
  return new Promise((resolve) => {
    const finish = (index: number, view: CheckedView, thread: number) => {
      events.done?.(index, files[index], thread);
      order.put(index, view);
      if (++finished === files.length) resolve();
    };
    const start = () => {
      const worker = new Worker(script, {
        workerData: { sheet: opts.sheet, evaluate: opts.evaluate, targets: opts.targets?.file },
      });
      // Read now: a worker that has exited reports -1.
      const thread = worker.threadId;
      // The worker checks its tasks in the order sent: the first is the one under way.
      const inFlight: number[] = [];
      let dead = false;
      const feed = () => {
        while (inFlight.length < DEPTH) {
          const index = queue.take();
          if (index === null) break;
          inFlight.push(index);
          const task: WorkerTask = { index, file: files[index] };
          worker.postMessage(task);
        }
        if (inFlight.length === 0) {
          dead = true;
          void worker.terminate();
        }
      };
      worker.on("message", (reply: WorkerReply) => {
        const at = inFlight.indexOf(reply.index);
        // Never count a file twice, whatever a broken worker sends.
        if (at < 0) return;
        inFlight.splice(at, 1);
        finish(reply.index, reply.view, reply.thread);
        feed();
      });
      const lost = (err: unknown) => {
        if (dead) return;
        dead = true;
        const [current, ...unstarted] = inFlight;
        inFlight.length = 0;
        queue.giveBack(unstarted);
        // The file is lost, the run is not: a fresh worker takes the rest of the queue.
        if (current !== undefined) finish(current, crashedView(files[current], err), thread);
        if (!queue.empty) start();
      };
      // The reason comes with "error"; the loss is counted on "exit", once the replies the worker
      // sent before dying have all arrived (the file it was on is then the first one left).
      let reason: unknown = null;
      worker.on("error", (err) => {
        reason = err;
      });
      worker.on("exit", (code) => lost(reason ?? new Error(`worker exited with code ${code}`)));
      feed();
    };
    const local = async () => {
      for (let index = queue.take(); index !== null; index = queue.take()) {
        const view = await checkFile(files[index], opts.sheet, opts.evaluate, targetBooks(opts));
        finish(index, view, 0);
      }
    };
    for (let i = 1; i < Math.min(opts.jobs, files.length); i++) start();
    void local();
  });
}

/** Checks every file; `events.result` sees them in input order. */
export async function checkFiles(
  files: string[],
  opts: PoolOptions,
  events: PoolEvents
): Promise<void> {
  const script = opts.workerScript ?? defaultWorkerScript();
  if (opts.jobs <= 1 || files.length < MIN_FILES_FOR_WORKERS || script === null) {
    await serial(files, opts, events);
    return;
  }
  await parallel(files, opts, script, events);
}
