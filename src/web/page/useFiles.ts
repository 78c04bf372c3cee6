// The list of checked files: read one at a time, yielding between files so the page keeps drawing.
import { useCallback, useEffect, useRef, useState } from "react";
import type { EvaluateOptions } from "../../core";
import { checkFile, type CheckedFile } from "../logic/check-file";

export interface FilesState {
  files: CheckedFile[];
  /** Files of the current drop still to read (0 when idle). */
  pending: number;
  /** Files of the current drop read so far. */
  done: number;
  add: (list: readonly File[]) => Promise<void>;
  clear: () => void;
}

/** One macrotask: lets React paint the progress bar before the next (synchronous) parse. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * `options` are the check settings: every file is checked with them, and a change re-checks the
 * files already in the list (from their bytes, so the fixed workbook always matches what is shown).
 */
export function useFiles(options: EvaluateOptions = {}): FilesState {
  const [files, setFiles] = useState<CheckedFile[]>([]);
  const current = useRef(options);
  useEffect(() => {
    if (current.current === options) return;
    current.current = options;
    setFiles((prev) => prev.map((f) => (f.kind ? checkFile(f.name, f.bytes, options) : f)));
  }, [options]);
  const [pending, setPending] = useState(0);
  const [done, setDone] = useState(0);
  // Drops while a batch is being read queue behind it, in order.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const add = useCallback((list: readonly File[]) => {
    const run = async () => {
      setPending(list.length);
      setDone(0);
      for (let i = 0; i < list.length; i++) {
        await nextTurn();
        const file = list[i];
        let checked: CheckedFile;
        try {
          checked = checkFile(file.name, await bytesOf(file), current.current);
        } catch (err) {
          // The browser could not hand over the bytes (the file moved, a permission): a row, not a crash.
          checked = checkFile(file.name, new Uint8Array(0));
          checked.error = {
            code: "UNREADABLE",
            message: {
              zh: `浏览器无法读取此文件（${String(err)}）`,
              en: `the browser could not read this file (${String(err)})`,
            },
          };
        }
        setFiles((prev) => [...prev, checked]);
        setDone(i + 1);
      }
      setPending(0);
    };
    queue.current = queue.current.then(run, run);
    return queue.current;
  }, []);

  const clear = useCallback(() => setFiles([]), []);
  return { files, pending, done, add, clear };
}
