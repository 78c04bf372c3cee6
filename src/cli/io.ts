// The output channels `run` writes to: process streams in main.ts, string buffers in tests.
export type Writer = ((text: string) => void) | { write(text: string): unknown };

export interface CliIO {
  stdout: Writer;
  stderr: Writer;
  /** ANSI colours; main.ts sets it for a TTY without NO_COLOR. Default off. */
  color?: boolean;
}

/** Writes `text` plus a newline. */
export function println(writer: Writer, text = ""): void {
  const line = text + "\n";
  if (typeof writer === "function") writer(line);
  else writer.write(line);
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorEnabled(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>
): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}
