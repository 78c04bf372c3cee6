// The bench's `fix` measures: the whole command and the package patch alone, each against `check` on the same files.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx, sheetsToCheck } from "../src/cli/read-xlsx";
import { run } from "../src/cli/run";
import { evaluate } from "../src/core";
import { patchXlsx } from "../src/files/xlsx-patch";
import { buildXlsx } from "../testkit/fixtures/build";
import { cleanForm } from "../testkit/fixtures/forms";
import { mistakesForm } from "../testkit/fixtures/mistakes";
import type { Layout, WorkbookSpec } from "../testkit/fixtures/spec";
import type { Result } from "./run";
import { ratio } from "./timing";

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];
const silent = { stdout: () => undefined, stderr: () => undefined };

function stacked(n: number): WorkbookSpec {
  const forms = Array.from({ length: n }, (_, i) =>
    i % 2 ? cleanForm(LAYOUTS[i % 3]) : mistakesForm(LAYOUTS[i % 3])
  );
  return { sheets: [{ name: "自评表", forms: forms.map((form) => ({ form })) }] };
}

/** The rows of the fix measures, in table order. */
export async function fixBench(): Promise<Result[]> {
  const out: Result[] = [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-bench-fix-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < 20; i++) {
      const file = path.join(dir, `wb${i}.xlsx`);
      await fs.writeFile(file, await buildXlsx(stacked(1 + (i % 3))));
      files.push(file);
    }
    const cmd = await ratio(
      async () => {
        for (const [i, f] of files.entries())
          await run(["fix", f, "-o", path.join(dir, `out${i}.xlsx`)], silent);
      },
      async () => {
        for (const f of files) await run(["check", f], silent);
      },
      3,
      1
    );
    out.push({
      area: "cli",
      measure:
        "`jxzp fix --highlight` ÷ `jxzp check`, 20 workbooks (fix = check + patch + re-check)",
      value: cmd.ratio,
      unit: "×",
      target: "≤ 2.5×",
      ok: cmd.ratio <= 2.5,
    });

    for (const n of [1, 200]) {
      const bytes = await buildXlsx(stacked(n));
      const loaded = await readXlsx(bytes);
      const writes = evaluate(sheetsToCheck(loaded)).writes;
      const r = await ratio(
        () => patchXlsx(bytes, writes),
        async () => evaluate(sheetsToCheck(await readXlsx(bytes))),
        n > 1 ? 5 : 21
      );
      out.push({
        area: "cli",
        measure: `patching the package ÷ checking it, ${n} form${n > 1 ? "s" : ""} (${writes.length} writes)`,
        value: r.ratio,
        unit: "×",
        target: "≤ 0.25×",
        ok: r.ratio <= 0.25,
      });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return out;
}
