// One reader over a list of files in a fresh process, so that its peak RSS is its own:
// `node reader-probe.js exceljs|sheetjs|floor|check FILE...` prints {ok, failed, ms, maxRssMB}.
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
// exceljs's own zip and XML libraries: the floor is what any reader of the package must at least do.
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readWorkbook } from "../src/files";
import { run } from "../src/cli/run";

export type Probe = "exceljs" | "sheetjs" | "floor" | "check";

/** The least a reader of an OOXML package does: inflate every XML part and tokenize it once. */
export async function floorRead(bytes: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  let events = 0;
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml")) continue;
    const xml = await zip.files[name].async("string");
    const parser = new SaxesParser();
    parser.on("opentag", () => events++);
    parser.on("text", () => events++);
    parser.write(xml).close();
  }
  return events;
}

async function one(probe: Probe, file: string): Promise<void> {
  const bytes = readFileSync(file);
  switch (probe) {
    case "exceljs": {
      // exceljs opens any zip (an .ods too) as a workbook without sheets: that is not a reading.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      if (wb.worksheets.length === 0) throw new Error("no worksheet came out");
      return;
    }
    case "sheetjs":
      readWorkbook(bytes, file);
      return;
    case "floor":
      await floorRead(bytes);
      return;
    case "check": {
      const code = await run(["check", file, "--json"], {
        stdout: () => undefined,
        stderr: () => undefined,
      });
      if (code === 2) throw new Error("check could not read " + file);
    }
  }
}

async function main(): Promise<void> {
  const [probe, ...files] = process.argv.slice(2) as [Probe, ...string[]];
  let ok = 0;
  const failed: string[] = [];
  const start = process.hrtime.bigint();
  for (const file of files) {
    try {
      await one(probe, file);
      ok++;
    } catch (err) {
      failed.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ok, failed, ms, maxRssMB }) + "\n");
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
