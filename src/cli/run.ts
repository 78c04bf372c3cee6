// The CLI as a function: argv in, exit code out (0 clean, 1 error findings, 2 usage/unreadable).
import { HELP, langOf, parseArgs } from "./args";
import { runCheck } from "./check";
import { CliError } from "./errors";
import { runFix } from "./fix";
import { println, type CliIO } from "./io";
import { packageVersion } from "./version";

export { packageVersion } from "./version";

export type { CliIO } from "./io";

/**
 * The terminal's columns: the TTY's own width, else `COLUMNS` when set (a pipe into `less`), else
 * undefined (no wrapping, so output piped into a file or a script keeps one finding per line).
 */
export function terminalWidth(
  stdout: unknown,
  env: Record<string, string | undefined> = process.env
): number | undefined {
  const s = stdout as { isTTY?: boolean; columns?: number } | null;
  if (s && s.isTTY && typeof s.columns === "number" && s.columns > 0) return s.columns;
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n >= 20 ? n : undefined;
}

/** Runs `jxzp` with `argv` (no `node`/script prefix); never throws, never prints a stack trace. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const lang = langOf(argv);
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        println(io.stdout, HELP[lang].trimEnd());
        return 0;
      case "version":
        println(io.stdout, packageVersion());
        return 0;
      case "check":
        return await runCheck(command.files, { ...command, width: terminalWidth(io.stdout) }, io);
      case "fix":
        return await runFix(command.file, command, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      println(io.stderr, `jxzp: ${err.text[lang]}`);
      if (err.code === "USAGE")
        println(io.stderr, lang === "zh" ? "用法见 jxzp --help" : "see jxzp --help");
      return 2;
    }
    const reason = err instanceof Error ? err.message : String(err);
    println(io.stderr, `jxzp: ${lang === "zh" ? "内部错误" : "internal error"}: ${reason}`);
    if (process.env.JXZP_DEBUG && err instanceof Error) println(io.stderr, err.stack ?? "");
    return 2;
  }
}
