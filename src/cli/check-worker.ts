// A worker thread of `jxzp check --jobs N`: checks the files it is sent, one at a time, and returns
// each file's view (its form rows and findings), never the workbook or its grids.
import { parentPort, threadId, workerData } from "worker_threads";
import type { EvaluateOptions } from "../core";
import { checkFile } from "./check-file";
import type { WorkerReply, WorkerTask } from "./pool";

interface Setup {
  sheet?: string;
  evaluate: EvaluateOptions;
}

const setup = workerData as Setup;
const port = parentPort;

if (port) {
  port.on("message", (task: WorkerTask) => {
    void checkFile(task.file, setup.sheet, setup.evaluate).then((view) => {
      const reply: WorkerReply = { index: task.index, view, thread: threadId };
      port.postMessage(reply);
    });
  });
}
