// The Excel adapter at every ExcelApi level it supports gives the same findings and the same writes:
// features degrade below the sets they need (fills, merges, edit-mode waits, change events), results
// do not. Each level runs the parity corpus's entries where a level could matter (merges, fills,
// hidden sheets, .xls, several forms) on an emulator that refuses every call above that level.
import { corpusHere } from "../parity/corpus";
import { excelDriver } from "../parity/drivers/excel";
import {
  sortFindings,
  type ParityFinding,
  type ParityInput,
  type ParityRecompute,
} from "../parity/host-driver";

/**
 * One level per code path (docs/hosts/excel.md): the floor 1.4 (1.4–1.8 take the same path; Office
 * 2019 volume stops at 1.7, Mac 2019 at 1.8, so 1.8 stands for them too), fills and change events
 * 1.9, the edit-mode wait 1.11 (also the first WebView2 builds, 1.12), merges 1.13; each compared
 * with the latest.
 */
const LEVELS = ["1.4", "1.8", "1.9", "1.11", "1.13"];
const latest = excelDriver({ apiVersion: "1.20" });
const MATTERS = /^(mistakes|seed|sample|wps|libreoffice): |merged|a wrong score|total row grade in/;
const entries = corpusHere().filter((e) => MATTERS.test(e.name));
const inputs = new Map<string, Promise<ParityInput>>();
const input = (name: string) => {
  const e = entries.find((x) => x.name === name)!;
  if (!inputs.has(name)) inputs.set(name, e.build());
  return inputs.get(name)!;
};

/** The latest Excel's answers, once per entry (every level is compared with them). */
const answers = new Map<string, Promise<{ check: ParityFinding[]; recompute: ParityRecompute }>>();
const latestOf = (name: string) => {
  if (!answers.has(name))
    answers.set(
      name,
      input(name).then(async (i) => ({
        check: await latest.check(i),
        recompute: (await latest.recompute(i))!,
      }))
    );
  return answers.get(name)!;
};

describe.each(LEVELS)("ExcelApi %s", (level) => {
  const host = excelDriver({ apiVersion: level });
  test.each(entries.map((e) => e.name))(
    "%s: the findings and writes of the latest Excel",
    async (name) => {
      const i = await input(name);
      expect(sortFindings(await host.check(i))).toEqual(sortFindings(await latest.check(i)));
      const mine = (await host.recompute(i))!;
      const want = (await latest.recompute(i))!;
      expect(mine.writes).toEqual(want.writes);
      expect(sortFindings(mine.after)).toEqual(sortFindings(want.after));
    }
  );
});

describe("without getFileAsync(Compressed) below ExcelApi 1.13", () => {
  test("merges are unknown, and a form whose weight is merged reads differently (what the notice warns of)", async () => {
    const name = entries.find((e) => /group weight merged/.test(e.name))!.name;
    const i = await input(name);
    const blind = excelDriver({ apiVersion: "1.12", compressedFile: false });
    expect(sortFindings(await blind.check(i))).not.toEqual(
      sortFindings((await latestOf(name)).check)
    );
  });
});
