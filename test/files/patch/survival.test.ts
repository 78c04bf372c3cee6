// Page breaks, print settings, an image and a data validation, made by LibreOffice, survive `jxzp fix`.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { PNG } from "pngjs";
import { buildWorkbook } from "../../../testkit/fixtures/build";
import { mistakesForm } from "../../../testkit/fixtures/mistakes";
import { runCli } from "../../cli/run-cli";
import { convert, describeWithLibreOffice } from "./libreoffice";
import { changedParts, partsOf, sheetParts, textOf } from "./package-diff";

function png(): Buffer {
  const img = new PNG({ width: 8, height: 8 });
  for (let i = 0; i < img.data.length; i += 4) img.data.set([200, 30, 30, 255], i);
  return PNG.sync.write(img);
}

/** The elements of a worksheet that printing, drawings and validation live in, as written. */
function printAndObjects(xml: string): Record<string, string | null> {
  const grab = (re: RegExp) => re.exec(xml)?.[0] ?? null;
  return {
    rowBreaks: grab(/<rowBreaks\b[\s\S]*?<\/rowBreaks>/),
    dataValidations: grab(/<dataValidations\b[\s\S]*?<\/dataValidations>/),
    drawing: grab(/<drawing\b[^>]*\/>/),
    pageSetup: grab(/<pageSetup\b[^>]*\/>/),
    printOptions: grab(/<printOptions\b[^>]*\/>/),
    sheetPr: grab(/<sheetPr\b[\s\S]*?(?:<\/sheetPr>|\/>)/),
    pageMargins: grab(/<pageMargins\b[^>]*\/>/),
  };
}

describeWithLibreOffice("what LibreOffice wrote survives fix", () => {
  let dir: string;
  let input: string;
  let output: string;
  let stdout: string;
  jest.setTimeout(600_000);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jxzp-survival-"));
    const wb = buildWorkbook({
      sheets: [{ name: "有错误的表", forms: [{ form: mistakesForm() }] }],
    });
    const ws = wb.worksheets[0];
    const image = wb.addImage({ buffer: png() as never, extension: "png" });
    ws.addImage(image, "L2:N6");
    ws.getCell("L10").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"优,良,中,差"'],
    };
    ws.getRow(14).addPageBreak();
    ws.pageSetup = {
      ...ws.pageSetup,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    };
    const made = path.join(dir, "made", "form.xlsx");
    await fs.mkdir(path.dirname(made), { recursive: true });
    await wb.xlsx.writeFile(made);
    [input] = await convert([made], "xlsx", path.join(dir, "lo"));
    output = path.join(dir, "fixed.xlsx");
    const r = await runCli(["fix", input, "-o", output, "--highlight"]);
    expect(r.stderr).toBe("");
    stdout = r.stdout;
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("LibreOffice's file has the page break, the image and the validation to begin with", async () => {
    const parts = partsOf(new Uint8Array(await fs.readFile(input)));
    const sheet = textOf(parts, sheetParts(parts).get("有错误的表")!);
    const p = printAndObjects(sheet);
    expect(p.rowBreaks).toMatch(/<brk id="14"/);
    expect(p.dataValidations).toContain("优,良,中,差");
    expect(p.drawing).not.toBeNull();
    expect([...parts.keys()].some((k) => k.startsWith("xl/media/"))).toBe(true);
  });

  it("fix writes and highlights, and leaves the image, drawing and every other part byte-identical", async () => {
    expect(stdout).toMatch(/已写入 \d+ 个单元格/);
    expect(stdout).toMatch(/已标记 [1-9]\d* 个单元格/);
    const a = partsOf(new Uint8Array(await fs.readFile(input)));
    const b = partsOf(new Uint8Array(await fs.readFile(output)));
    const sheet = sheetParts(a).get("有错误的表")!;
    const changed = changedParts(a, b);
    for (const part of changed)
      expect(part).toMatch(
        /^(xl\/styles\.xml|xl\/workbook\.xml|xl\/worksheets\/sheet1\.xml|xl\/worksheets\/_rels\/sheet1\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|\[Content_Types\]\.xml)$/
      );
    expect(changed).toContain(sheet);
    for (const [name, bytes] of a) {
      if (name.startsWith("xl/media/") || name.startsWith("xl/drawings/drawing"))
        expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    expect(printAndObjects(textOf(b, sheet))).toEqual(printAndObjects(textOf(a, sheet)));
  });

  it("LibreOffice opens the fixed file with the page break, fit-to-page, image, validation and notes", async () => {
    const [again] = await convert([output], "xlsx", path.join(dir, "reopened"));
    const parts = partsOf(new Uint8Array(await fs.readFile(again)));
    const sheet = textOf(parts, sheetParts(parts).get("有错误的表")!);
    const p = printAndObjects(sheet);
    expect(p.rowBreaks).toMatch(/<brk id="14"/);
    expect(p.dataValidations).toContain("优,良,中,差");
    expect(p.sheetPr).toMatch(/fitToPage="(true|1)"/);
    expect(p.printOptions).toMatch(/horizontalCentered="(true|1)"/);
    expect([...parts.keys()].some((k) => k.startsWith("xl/media/"))).toBe(true);
    const comments = [...parts.keys()].find((k) => /^xl\/comments\d*\.xml$/.test(k));
    expect(comments && textOf(parts, comments)).toContain("绩效自评助手");
  });
});
