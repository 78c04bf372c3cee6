// A worker thread of `jxzp check --jobs N`: checks the files it is sent, one at a time, and returns
// each file's view (its form rows and findings), never the workbook or its grids.
import { parentPort, threadId, workerData } from "worker_threads";
import type { EvaluateOptions, TargetBook } from "../core";
import { checkFile } from "./check-file";
import type { WorkerReply, WorkerTask } from "./pool";
import { loadTargets } from "./targets";

interface Setup {
  sheet?: string;
  evaluate: EvaluateOptions;
  /** `--targets FILE`, read once per worker (the main thread has checked that it is usable). */
  targets?: string;
}

const setup = workerData as Setup;
const port = parentPort;
let targets: Promise<TargetBook[]> | null = null;

/** Tasks arrive ahead of time (the pool keeps two queued): checked one after another, in order. */
const tasks: WorkerTask[] = [];
let busy = false;

async function drain(p: NonNullable<typeof port>): Promise<void> {
  busy = true;
  for (let task = tasks.shift(); task; task = tasks.shift()) {
    targets ??= setup.targets ? loadTargets(setup.targets).then((b) => [b]) : Promise.resolve([]);
    const view = await checkFile(task.file, setup.sheet, setup.evaluate, await targets);
    const reply: WorkerReply = { index: task.index, view, thread: threadId };
    p.postMessage(reply);
  }
  busy = false;
}

if (port) {
  port.on("message", (task: WorkerTask) => {
    tasks.push(task);
    if (!busy) void drain(port);
  });
}
