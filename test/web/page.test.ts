// The BUILT offline page (dist/web/jxzp-checker.html) opened from file:// in headless Chromium: one
// classic ES2020 script under a CSP that forbids every connection; files in, findings, previews, the
// fixed workbook and the report out; no request but the page itself; screenshots at 1280 / 800 / 390 px.
import fs from "fs";
import os from "os";
import path from "path";
import * as acorn from "acorn";
import type { Page } from "playwright-core";
import { cellRef } from "../../src/taskpane/format";
import { problemGroups } from "../../src/taskpane/problems";
import { checkFile } from "../../src/web/logic/check-file";
import { fixFile } from "../../src/web/logic/fix-file";
import {
  ARTIFACTS,
  PAGE_URL,
  ensureWebBuild,
  PAGE,
  launch,
  scriptOf,
  type Browser,
} from "./harness";
import { cleanXlsx, encrypted, mistakesXlsx, sampleXlsx, wpsFiles, type NamedFile } from "./files";
import { browserSuiteRuns, requireChromium } from "../../testkit/chromium";
import { bannedApiCalls } from "./es2020-scan";

jest.setTimeout(600_000);

const inBrowser = browserSuiteRuns("web") ? describe : describe.skip;

let html = "";
beforeAll(async () => {
  html = await ensureWebBuild();
});

describe("the built file", () => {
  it("is one page with one classic inline script, the renderer metas and a CSP forbidding connections", () => {
    expect(fs.readdirSync(path.dirname(PAGE))).toEqual(["jxzp-checker.html"]);
    expect(html).toContain('<meta name="renderer" content="webkit" />');
    expect(html).toContain('<meta http-equiv="X-UA-Compatible" content="IE=edge" />');
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(html).not.toMatch(/type="module"|<script[^>]+src=|<link[^>]+href=|<img[^>]+src=/);
    const code = scriptOf(html);
    // The script runs by its hash: the CSP names exactly this script.
    const hash = require("crypto").createHash("sha256").update(code, "utf8").digest("base64");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    // No dynamic chunk loading: webpack's loaders are absent from a one-chunk build.
    expect(code).not.toMatch(/__webpack_require__\.e\b|importScripts|import\(/);
  });

  it("parses as ES2020 (a classic script, as Chromium 86 reads it) and calls no post-Chrome-86 API", () => {
    const code = scriptOf(html);
    const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" });
    expect(bannedApiCalls(ast, code)).toEqual([]);
  });

  it("the scan finds what Chromium 86 lacks (and passes tabster's own findLast)", () => {
    const sample =
      "[1].at(-1); Object.hasOwn(a, 'b'); structuredClone(x); a.findLast((v) => v);" +
      "new Intl.Segmenter(); s.findLast({ container: c }); a.replaceChildren();";
    const found = bannedApiCalls(acorn.parse(sample, { ecmaVersion: 2020 }), sample).map(
      (h) => h.split(":")[0]
    );
    expect(found.sort()).toEqual(["Segmenter", "at", "findLast", "hasOwn", "structuredClone"]);
  });

  it("weighs under the 600 KB gzipped target", () => {
    const gz = require("zlib").gzipSync(Buffer.from(html), { level: 9 }).length;
    expect(gz).toBeLessThan(600 * 1024);
  });
});

inBrowser("the page in Chromium, from file://", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  let dir: string;
  // Built once: exceljs stamps the build time into the package, and the download is compared byte for byte.
  let mistakes: NamedFile;

  const save = async (file: NamedFile): Promise<string> => {
    const p = path.join(dir, file.name);
    fs.writeFileSync(p, file.bytes);
    return p;
  };
  const open = async (files: NamedFile[]): Promise<void> => {
    const paths = await Promise.all(files.map(save));
    await page.getByTestId("file-input").setInputFiles(paths);
    await page.waitForFunction((n) => {
      const main = document.querySelector("main");
      return (
        main?.getAttribute("data-busy") === "false" && Number(main.getAttribute("data-files")) >= n
      );
    }, files.length);
  };
  const reload = async () => {
    await page.goto(PAGE_URL);
    await page.getByTestId("drop-zone").waitFor();
  };
  const shot = async (name: string) => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: path.join(ARTIFACTS, `web-${name}.png`),
      animations: "disabled",
    });
  };

  beforeAll(async () => {
    requireChromium();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-web-files-"));
    mistakes = await mistakesXlsx();
    browser = await launch();
    // Anything but the page itself (http, https, ws ...) is recorded and refused.
    await browser.context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = await browser.context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await reload();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows the drop zone, zh first, with the CSP applied", async () => {
    expect(await page.locator("main").getAttribute("lang")).toBe("zh-CN");
    expect(await page.getByTestId("drop-zone").textContent()).toContain("选择文件");
    // The CSP holds: an injected inline script does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = 1";
      document.body.appendChild(s);
      return (window as unknown as { __injected?: number }).__injected ?? 0;
    });
    expect(ran).toBe(0);
    errors.length = 0; // the refused injection is logged as a CSP error, on purpose
  });

  it("a workbook with mistakes: the pane's verdict and problems, the preview marks, click → cell", async () => {
    const file = mistakes;
    await open([file]);
    const view = page.getByTestId("file-view");
    await view.waitFor();
    expect(await page.getByTestId("verdict").getAttribute("data-verdict")).toBe("fail");
    // The same problems as the controller (and so the pane) lists, code and cell.
    const ev = checkFile(file.name, file.bytes).evaluation!;
    const expected = problemGroups(ev)
      .flatMap((g) => g.problems)
      .filter((p) => p.severity !== "info")
      .map((p) => `${p.code} ${cellRef(p.sheet, p.cell)} ${p.fix}`)
      .sort();
    const shown = await page
      .getByTestId("findings")
      .locator("button[data-code]")
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.getAttribute("data-code")} ${e.getAttribute("data-cell")} ${e.getAttribute("data-fix")}`
        )
      );
    expect(shown.sort()).toEqual(expected);
    // Every error / warning cell is marked in the preview with its severity.
    for (const h of ev.highlights) {
      expect(await page.locator(`td[data-cell="${h.cell}"]`).getAttribute("data-severity")).toBe(
        h.severity
      );
    }
    // Clicking a problem scrolls to its cell, focuses it, and opens its findings.
    const first = page.getByTestId("findings").locator("button[data-code]").first();
    const target = (await first.getAttribute("data-cell"))!.replace(/^.*!/, "");
    await first.click();
    await page.waitForFunction(
      (cell) => document.activeElement?.getAttribute("data-cell") === cell,
      target
    );
    expect(await page.getByTestId("cell-findings").getAttribute("data-cell")).toBe(target);
    await shot("1280-zh-light-mistakes");
    // Clicking a marked cell shows its findings.
    const marked = ev.highlights[ev.highlights.length - 1];
    await page.locator(`td[data-cell="${marked.cell}"]`).click();
    const panel = page.getByTestId("cell-findings");
    expect(await panel.getAttribute("data-cell")).toBe(marked.cell);
    const codes = ev.forms
      .flatMap((f) => f.findings)
      .filter((f) => f.cell === marked.cell)
      .map((f) => f.code);
    for (const code of codes)
      expect(await panel.locator(`[data-code="${code}"]`).count()).toBeGreaterThan(0);
  });

  it("downloads the fixed workbook: the controller's bytes, which re-check with nothing left to recompute", async () => {
    const file = mistakes;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-fixed").click(),
    ]);
    expect(download.suggestedFilename()).toBe("有错误的表（已更正）.xlsx");
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = new Uint8Array(fs.readFileSync(saved));
    const expected = fixFile(checkFile(file.name, file.bytes));
    if (expected.kind !== "fixed") throw new Error("refused");
    expect(Buffer.from(bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    expect(checkFile(saved, bytes).evaluation!.writes).toEqual([]);
    const result = page.getByTestId("fix-result");
    expect(Number(await result.getAttribute("data-applied"))).toBe(expected.applied.length);
    expect(await result.textContent()).toContain("更正后重新检查");
    // Loaded back into the page: no problem left that 重新计算 would fix.
    await reload();
    await open([{ name: download.suggestedFilename(), bytes }]);
    expect(await page.getByTestId("findings").locator('button[data-fix="auto"]').count()).toBe(0);
    expect(await page.locator("td[data-write]").count()).toBe(0);
  });

  it("settings (the pane's panel): new grade bands re-check the open file as the controller does; codes shown", async () => {
    await reload();
    await open([mistakes]);
    await page.getByTestId("settings-toggle").click();
    const panel = page.getByTestId("settings");
    expect(await panel.textContent()).toContain("仅本次打开有效");
    await panel.getByRole("spinbutton", { name: "优" }).fill("97");
    const expected = problemGroups(
      checkFile(mistakes.name, mistakes.bytes, { gradeBands: [97, 80, 60] }).evaluation!
    )
      .flatMap((g) => g.problems)
      .filter((p) => p.severity !== "info")
      .map((p) => `${p.code} ${cellRef(p.sheet, p.cell)}`)
      .sort();
    const before = problemGroups(checkFile(mistakes.name, mistakes.bytes).evaluation!)
      .flatMap((g) => g.problems)
      .filter((p) => p.severity !== "info")
      .map((p) => `${p.code} ${cellRef(p.sheet, p.cell)}`)
      .sort();
    expect(expected).not.toEqual(before);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="findings"] button[data-code]').length === n,
      expected.length
    );
    const shown = await page
      .getByTestId("findings")
      .locator("button[data-code]")
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("data-code")} ${e.getAttribute("data-cell")}`)
      );
    expect(shown.sort()).toEqual(expected);
    await panel.getByRole("switch").check();
    expect(await page.getByTestId("findings").textContent()).toContain(expected[0].split(" ")[0]);
  });

  it("a file dropped anywhere on the page is checked (the browser does not open it instead)", async () => {
    await reload();
    const file = await cleanXlsx();
    await page.evaluate(
      ({ name, data }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        document.body.dispatchEvent(
          new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true })
        );
      },
      { name: file.name, data: Buffer.from(file.bytes).toString("base64") }
    );
    await page.locator(`[data-testid="file-view"][data-file="${file.name}"]`).waitFor();
    expect(page.url()).toBe(PAGE_URL);
    expect(await page.getByTestId("verdict").getAttribute("data-verdict")).toBe("pass");
    await reload();
    await open([mistakes]);
  });

  it("prints and downloads the report (A4 HTML, no script)", async () => {
    await page.getByTestId("print-report").click();
    const frame = page.getByTestId("print-frame");
    await frame.waitFor({ state: "attached" });
    const srcdoc = (await frame.getAttribute("srcdoc")) ?? "";
    expect(srcdoc).toContain("绩效自评表检查报告");
    expect(srcdoc).toContain("size: A4");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-report").click(),
    ]);
    const saved = path.join(dir, "report.html");
    await download.saveAs(saved);
    const report = fs.readFileSync(saved, "utf8");
    expect(report).toContain("计算得分");
    expect(report).not.toMatch(/<script/i);
  });

  it("many files: the batch table with a row per file, unreadable ones named with the reader's words", async () => {
    await reload();
    const wps = wpsFiles();
    if (process.env.CI) expect(wps).toHaveLength(2);
    const files = [mistakes, await cleanXlsx(), encrypted(), ...wps];
    await open(files);
    const rows = page.getByTestId("batch-row");
    expect(await rows.count()).toBe(files.length);
    const enc = page.locator(`[data-testid="batch-row"][data-file="${encrypted().name}"]`);
    expect(await enc.getAttribute("data-status")).toBe("unreadable");
    expect(await enc.textContent()).toContain("文件已加密");
    for (const f of files) {
      const checked = checkFile(f.name, f.bytes);
      const row = page.locator(`[data-testid="batch-row"][data-file="${f.name}"]`);
      if (!checked.evaluation) continue;
      const errs = [
        ...checked.evaluation.sheetFindings,
        ...checked.evaluation.forms.flatMap((x) => x.findings),
      ].filter((x) => x.severity === "error").length;
      expect(Number(await row.getAttribute("data-errors"))).toBe(errs);
    }
    await shot("1280-zh-light-batch");
    // A WPS .xls row opens its view: checked, with the report offered and no fixed workbook.
    for (const s of wps) {
      await page
        .locator(`[data-testid="batch-row"][data-file="${s.name}"]`)
        .getByTestId("open-file")
        .click();
      const view = page.locator(`[data-testid="file-view"][data-file="${s.name}"]`);
      await view.waitFor();
      expect(await page.getByTestId("download-fixed").count()).toBe(0);
      if ((await page.getByTestId("verdict").getAttribute("data-verdict")) !== "none") {
        expect(await page.getByTestId("legacy-note").textContent()).toContain("另存为 .xlsx");
      }
      expect(await page.getByTestId("print-report").count()).toBe(1);
      await page.getByTestId("back").click();
    }
    // The unreadable row opens to the reader's message, never a blank page.
    await enc.getByTestId("open-file").click();
    expect(await page.getByTestId("read-error").textContent()).toContain("文件已加密");
  });

  it("English and dark: the toggles switch the words and the theme; the system scheme is followed", async () => {
    await reload();
    await open([sampleXlsx()]);
    await page.getByRole("button", { name: "Switch to English" }).click();
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("drop-zone").textContent()).toContain("Choose files");
    await page.getByTestId("theme-toggle").click();
    expect(await page.locator("main").getAttribute("data-theme")).toBe("dark");
    await shot("1280-en-dark-sample");
    await page.emulateMedia({ colorScheme: "dark" });
    await reload();
    expect(await page.locator("main").getAttribute("data-theme")).toBe("dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForFunction(
      () => document.querySelector("main")?.getAttribute("data-theme") === "light"
    );
  });

  it.each([
    [800, "zh", "light"],
    [390, "zh", "light"],
    [390, "en", "dark"],
    [800, "en", "dark"],
  ] as const)("at %i px (%s, %s) nothing overflows the window", async (width, lang, scheme) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await reload();
    if (lang === "en") await page.getByRole("button", { name: "Switch to English" }).click();
    await open([mistakes]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(`${width}-${lang}-${scheme}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("made no request but the page itself, and logged no error", () => {
    const others = requests.filter(
      (u) => u !== PAGE_URL && !u.startsWith("blob:file://") && !u.startsWith("blob:null/")
    );
    expect(others).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
