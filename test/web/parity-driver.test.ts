// The web host's parity driver answers with the page's own results: the cells it writes are the core's writes.
import { driver } from "../parity/drivers/web";
import { sortFindings } from "../parity/host-driver";
import { checkFile } from "../../src/web/logic/check-file";
import { encrypted, mistakesXlsx, wpsFiles } from "./files";

describe("test/parity/drivers/web.ts", () => {
  it("check: every finding of the controller; recompute: exactly the cells the core writes", async () => {
    const file = await mistakesXlsx();
    const ev = checkFile(file.name, file.bytes).evaluation!;
    const findings = await driver.check(file);
    const expected = [...ev.sheetFindings, ...ev.forms.flatMap((f) => f.findings)].map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      code: f.code,
      severity: f.severity,
    }));
    expect(sortFindings(findings)).toEqual(sortFindings(expected));
    const result = await driver.recompute(file);
    if (!result) throw new Error("refused");
    expect(Object.keys(result.writes).sort()).toEqual(
      ev.writes.map((w) => `${w.sheet}!${w.cell}`).sort()
    );
    for (const w of ev.writes) {
      expect(result.writes[`${w.sheet}!${w.cell}`].value).toBe(w.value);
    }
    // After the recompute no finding is left on a written cell that the recompute could fix.
    const written = new Set(Object.keys(result.writes));
    expect(
      result.after.filter((f) => f.severity === "error" && written.has(`${f.sheet}!${f.cell}`))
    ).toEqual([]);
  });

  it("recompute is null for .xls (the WPS samples) and an .et name; check of an encrypted file throws its reason", async () => {
    for (const s of wpsFiles()) {
      expect((await driver.check(s)).length).toBeGreaterThan(0);
      expect(await driver.recompute(s)).toBeNull();
    }
    const file = await mistakesXlsx();
    expect(await driver.recompute({ name: "表.et", bytes: file.bytes })).toBeNull();
    await expect(driver.check(encrypted())).rejects.toThrow(/password/);
  });
});
