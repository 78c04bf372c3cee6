// The files a `check` looks at: file arguments as given, directory arguments walked recursively
// (sorted, symlink loops cut, hidden and Office lock files skipped and counted).
import { promises as fs } from "fs";
import * as path from "path";
import type { LocalizedText } from "../core";
import { errnoOf } from "./read-input";

/** The extensions of the workbook kinds src/files reads (the type itself is sniffed from the bytes). */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xlsb", ".xls", ".et", ".ods"];

export type SkipReason = "hidden" | "lock" | "other" | "duplicate" | "report";

export interface Skipped {
  path: string;
  reason: SkipReason;
}

/** A directory that could not be listed: a row of the report with its reason, like a bad file. */
export interface DirFailure {
  path: string;
  /** How many files come before it in the run: where its row goes. */
  before: number;
  code: "UNREADABLE" | "NO_WORKBOOKS";
  message: LocalizedText;
}

export interface Inputs {
  /** In order: each argument in argv order, a directory's files sorted by path. */
  files: string[];
  skipped: Skipped[];
  /** Directories that could not be read or hold no workbook, in argv order. */
  failures: DirFailure[];
}

export const SKIP_WORDS: Record<SkipReason, LocalizedText> = {
  hidden: { zh: "隐藏文件或文件夹", en: "hidden files or folders" },
  lock: { zh: "Office 锁定文件（~$…）", en: "Office lock files (~$…)" },
  other: { zh: "非表格文件", en: "files that are not workbooks" },
  duplicate: {
    zh: "重复项（链接或参数指向已查找过的文件夹或文件）",
    en: "duplicates (a link or argument to a folder or file already searched)",
  },
  report: { zh: "本次输出的报告文件", en: "the report file of this run" },
};

const dirMessages = {
  unreadable: (reason: string): LocalizedText => ({
    zh: `无法读取文件夹（${reason}）`,
    en: `cannot read the folder (${reason})`,
  }),
  empty: (): LocalizedText => ({
    zh: `文件夹中没有表格文件（${WORKBOOK_EXTENSIONS.join(" ")}）`,
    en: `the directory holds no workbook (${WORKBOOK_EXTENSIONS.join(" ")})`,
  }),
};

const isWorkbookName = (name: string): boolean =>
  WORKBOOK_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** Code-unit order, the same on every machine and locale (localeCompare is not). */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

class Walker {
  readonly out: Inputs = { files: [], skipped: [], failures: [] };
  /** Real paths of the directories entered and the files taken: a link back is not walked again. */
  private readonly seen = new Set<string>();

  constructor(private readonly exclude: string | null) {}

  async arg(arg: string): Promise<void> {
    const st = await fs.stat(arg).catch(() => null);
    // Anything but a directory is checked as given: checkFile names what is wrong with it.
    if (!st || !st.isDirectory()) {
      const real = await realOrNull(arg);
      if (real !== null) this.seen.add(real);
      this.out.files.push(arg);
      return;
    }
    const before = this.out.files.length;
    const failed = await this.dir(arg);
    if (!failed && this.out.files.length === before) {
      this.out.failures.push({
        path: arg,
        before: this.out.files.length,
        code: "NO_WORKBOOKS",
        message: dirMessages.empty(),
      });
    }
  }

  /** Walks one directory; true when it could not be listed. */
  private async dir(dir: string): Promise<boolean> {
    const real = await realOrNull(dir);
    if (real !== null) {
      if (this.seen.has(real)) {
        this.out.skipped.push({ path: dir, reason: "duplicate" });
        return false;
      }
      this.seen.add(real);
    }
    let names: string[];
    try {
      names = (await fs.readdir(dir)).sort(byName);
    } catch (err) {
      this.out.failures.push({
        path: dir,
        before: this.out.files.length,
        code: "UNREADABLE",
        message: dirMessages.unreadable(errnoOf(err)),
      });
      return true;
    }
    for (const name of names) await this.entry(path.join(dir, name), name);
    return false;
  }

  private async entry(full: string, name: string): Promise<void> {
    if (name.startsWith("~$")) return this.skip(full, "lock");
    if (name.startsWith(".")) return this.skip(full, "hidden");
    // stat follows links: a link to a folder is walked (once), a dangling link is a file row.
    const st = await fs.stat(full).catch(() => null);
    if (st?.isDirectory()) {
      await this.dir(full);
      return;
    }
    if (!isWorkbookName(name)) return this.skip(full, "other");
    const real = await realOrNull(full);
    if (real !== null && real === this.exclude) return this.skip(full, "report");
    if (real !== null) {
      if (this.seen.has(real)) return this.skip(full, "duplicate");
      this.seen.add(real);
    }
    this.out.files.push(full);
  }

  private skip(p: string, reason: SkipReason): void {
    this.out.skipped.push({ path: p, reason });
  }
}

/**
 * The files of a run. `exclude` is the real path of the report being written (a folder may already
 * hold the last run's report: it is never read as an input, nor overwritten as one).
 */
export async function expandInputs(args: string[], exclude: string | null = null): Promise<Inputs> {
  const walker = new Walker(exclude);
  for (const arg of args) await walker.arg(arg);
  return walker.out;
}

/** One line per kind of skipped entry, with the count: "跳过 2 个隐藏文件或文件夹". */
export function skippedLines(skipped: Skipped[], lang: "zh" | "en"): string[] {
  const counts = new Map<SkipReason, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const order: SkipReason[] = ["hidden", "lock", "other", "duplicate", "report"];
  return order
    .filter((r) => counts.has(r))
    .map((r) =>
      lang === "zh"
        ? `跳过 ${counts.get(r)} 个${/^[A-Za-z]/.test(SKIP_WORDS[r].zh) ? " " : ""}${SKIP_WORDS[r].zh}`
        : `skipped ${counts.get(r)} ${SKIP_WORDS[r].en}`
    );
}
