// Issue 12's one shared test: every host (each module in test/parity/drivers/) gives the CLI's
// findings, writes and re-check on every workbook of the corpus. A host that cannot write a kind of
// file (the CLI and the web page: .xlsx only) answers null there; a host that writes it is compared
// with what the core asks to write on the CLI's reading of that file.
import * as fs from "fs";
import * as path from "path";
import { CORPUS, corpusHere, type CorpusEntry } from "./corpus";
import { formCount, plannedWrites } from "./drivers/cli";
import { excelDriver } from "./drivers/excel";
import {
  sortFindings,
  type HostDriver,
  type HostName,
  type ParityFinding,
  type ParityInput,
  type ParityRecompute,
  type ParityWrite,
} from "./host-driver";

/** Every host must be present: a missing driver is a host nobody compared. */
const REQUIRED_HOSTS: HostName[] = ["cli", "excel", "web", "wps"];
const KNOWN_HOSTS: HostName[] = ["cli", "excel", "web", "wps"];
/** Spreadsheet hosts write whatever they opened: a null recompute from them is a difference. */
const WRITES_WHAT_IT_OPENED: HostName[] = ["excel", "wps"];

function loadDrivers(): HostDriver[] {
  const dir = path.join(__dirname, "drivers");
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => {
      const mod = require(path.join(dir, f)) as { driver?: HostDriver };
      if (!mod.driver) throw new Error(`test/parity/drivers/${f} exports no \`driver\``);
      return mod.driver;
    });
}

const drivers = loadDrivers();
const cli = drivers.find((d) => d.host === "cli")!;
const others = drivers.filter((d) => d.host !== "cli");

function show(f: ParityFinding): string {
  return `${f.sheet}!${f.cell ?? "-"} ${f.code} ${f.severity}`;
}

/** Findings one side has more often than the other (a multiset difference), both ways. */
function sameFindings(what: string, want: ParityFinding[], got: ParityFinding[]): string[] {
  const count = (list: ParityFinding[]) => {
    const m = new Map<string, number>();
    for (const f of sortFindings(list)) m.set(show(f), (m.get(show(f)) ?? 0) + 1);
    return m;
  };
  const a = count(want);
  const b = count(got);
  const out: string[] = [];
  for (const [f, n] of a) if (n > (b.get(f) ?? 0)) out.push(`${what}: missing ${f}`);
  for (const [f, n] of b) if (n > (a.get(f) ?? 0)) out.push(`${what}: extra ${f}`);
  return out;
}

function sameWrites(want: Record<string, ParityWrite>, got: Record<string, ParityWrite>): string[] {
  const out: string[] = [];
  const text = (w: ParityWrite | undefined) =>
    w ? `${JSON.stringify(w.value)} [${w.numberFormat}]` : "(not written)";
  for (const key of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort()) {
    const a = want[key];
    const b = got[key];
    const same =
      a !== undefined &&
      b !== undefined &&
      a.numberFormat === b.numberFormat &&
      (a.value === b.value ||
        (typeof a.value === "number" &&
          typeof b.value === "number" &&
          Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))));
    if (!same) out.push(`write ${key}: cli ${text(a)}, host ${text(b)}`);
  }
  return out;
}

/** Every difference between a host and the CLI on one workbook, in words; [] = the same. */
export async function differences(
  host: HostDriver,
  input: ParityInput,
  reference: { check: ParityFinding[]; recompute: ParityRecompute | null }
): Promise<string[]> {
  const diffs = sameFindings("check", reference.check, await host.check(input));
  const mine = await host.recompute(input);
  if (reference.recompute) {
    if (!mine) return [...diffs, "recompute: the host refused a file the CLI writes"];
    diffs.push(...sameWrites(reference.recompute.writes, mine.writes));
    diffs.push(...sameFindings("re-check", reference.recompute.after, mine.after));
  } else if (mine) {
    // The CLI cannot write this kind of file: the host must write what the core asked for.
    diffs.push(...sameWrites(await plannedWrites(input), mine.writes));
  } else if (WRITES_WHAT_IT_OPENED.includes(host.host)) {
    diffs.push(`recompute: ${host.host} refused a file it opened (${input.name})`);
  }
  return diffs;
}

interface Reference {
  input: ParityInput;
  check: ParityFinding[];
  recompute: ParityRecompute | null;
}

async function referenceOf(entry: CorpusEntry): Promise<Reference> {
  const input = await entry.build();
  return { input, check: await cli.check(input), recompute: await cli.recompute(input) };
}

describe("the parity drivers", () => {
  test("every required host has a driver, each host once, each a known host", () => {
    const hosts = drivers.map((d) => d.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const h of hosts) expect(KNOWN_HOSTS).toContain(h);
    for (const h of REQUIRED_HOSTS) expect(hosts).toContain(h);
  });

  test("the corpus covers every fixture family and the WPS samples, with unique names", () => {
    const names = CORPUS.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const families = new Set(names.map((n) => n.split(":")[0]));
    expect([...families].sort()).toEqual(
      ["clean", "layout", "libreoffice", "mistakes", "sample", "seed", "variant", "wps"].sort()
    );
    expect(names.filter((n) => n.endsWith(".xls"))).toHaveLength(3);
  });
});

describe.each(corpusHere().map((e) => [e.name, e] as const))("%s", (_name, entry) => {
  let ref: Reference;
  beforeAll(async () => {
    ref = await referenceOf(entry);
  });

  test("the CLI finds a form in it, or says why not (an entry that checks nothing proves nothing)", async () => {
    const forms = await formCount(ref.input);
    expect(forms > 0 || ref.check.some((f) => f.code === "FORM_NOT_FOUND")).toBe(true);
  });

  test.each(others.map((d) => [d.host, d] as const))(
    "%s: same findings, same writes, same re-check as the CLI",
    async (_host, host) => {
      expect(await differences(host, ref.input, ref)).toEqual([]);
    }
  );
});

describe("a file the CLI cannot write", () => {
  const entry = corpusHere().find((e) => e.name.startsWith("libreoffice: "));
  const maybe = entry ? test : test.skip;
  maybe("the .xls re-save has writes to make, which the CLI refuses and Excel makes", async () => {
    const ref = await referenceOf(entry!);
    expect(ref.recompute).toBeNull();
    const planned = await plannedWrites(ref.input);
    expect(Object.keys(planned).length).toBeGreaterThan(1);
    expect((await excelDriver().recompute(ref.input))?.writes).toEqual(planned);
  });
});

describe("the comparison catches a host that differs", () => {
  let ref: Reference;
  beforeAll(async () => {
    ref = await referenceOf(CORPUS.find((e) => e.name.startsWith("mistakes: shanxi"))!);
  });

  test("the corpus entry has writes and findings to lose", () => {
    expect(Object.keys(ref.recompute?.writes ?? {}).length).toBeGreaterThan(1);
    expect(ref.check.length).toBeGreaterThan(1);
  });

  test("a host that drops one write is caught, naming the cell", async () => {
    const excel = excelDriver();
    const dropped = Object.keys(ref.recompute!.writes).sort()[0];
    const wrong: HostDriver = {
      ...excel,
      recompute: async (input) => {
        const r = (await excel.recompute(input))!;
        const writes = { ...r.writes };
        delete writes[dropped];
        return { ...r, writes };
      },
    };
    const diffs = await differences(wrong, ref.input, ref);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatch(
      new RegExp(`^write ${dropped.replace(/[!$]/g, "\\$&")}: cli .* host \\(not written\\)$`)
    );
  });

  test("a host that drops one finding is caught, naming it", async () => {
    const excel = excelDriver();
    const wrong: HostDriver = {
      ...excel,
      check: async (input) => sortFindings(await excel.check(input)).slice(1),
    };
    const diffs = await differences(wrong, ref.input, ref);
    expect(diffs).toEqual([`check: missing ${show(sortFindings(ref.check)[0])}`]);
  });

  // Needs an .xls entry: the WPS samples or the LibreOffice re-save (CI has both).
  const xls = corpusHere().find((e) => e.name.endsWith(".xls"));
  (xls ? test : test.skip)(
    "a spreadsheet host that refuses to write an .xls it opened is caught",
    async () => {
      const xlsRef = await referenceOf(xls!);
      const wrong: HostDriver = { ...excelDriver(), recompute: async () => null };
      expect(await differences(wrong, xlsRef.input, xlsRef)).toEqual([
        `recompute: excel refused a file it opened (${xlsRef.input.name})`,
      ]);
    }
  );

  test("a host that writes a different number format is caught", async () => {
    const excel = excelDriver();
    const wrong: HostDriver = {
      ...excel,
      recompute: async (input) => {
        const r = (await excel.recompute(input))!;
        const [key, w] = Object.entries(r.writes)[0];
        return { ...r, writes: { ...r.writes, [key]: { ...w, numberFormat: "@" } } };
      },
    };
    const diffs = await differences(wrong, ref.input, ref);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatch(/^write .*host .* \[@\]$/);
  });
});
