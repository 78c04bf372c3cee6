// The production task pane in headless Chromium over the in-repo Excel emulator (office.js intercepted):
// 检查 → findings + fills; click → selection; 重新计算并写入 → only computed cells; 撤销; 清除标记; zh/en shots.
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { EmuCell, WorkbookModel } from "../../testkit/emulator";
import { DIST, ROOT, bundleEmulator, ensureProductionBuild, serve } from "./harness";
import { CHROMIUM, CHROMIUM_ARGS, browserSuiteRuns, requireChromium } from "../../testkit/chromium";
import { HOSTILE_TEXT, ORIGINAL_FILL, e2eFixture, type E2eFixture } from "./fixture-model";

const ARTIFACTS = path.join(ROOT, "test/artifacts");
const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";
const maybe = browserSuiteRuns("e2e") ? describe : describe.skip;

jest.setTimeout(300_000);

type Cells = Record<string, Record<string, EmuCell>>;

/**
 * The content of every cell (value, formula, number format), fills left out. An absent number
 * format is Excel's "General", which is what Office.js reads back and may write back.
 */
function contents(model: WorkbookModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of model.sheets) {
    for (const [addr, cell] of Object.entries(sheet.cells)) {
      const format = cell.numberFormat ?? "General";
      const text = JSON.stringify([cell.value, cell.formula ?? null, format]);
      if (text !== JSON.stringify(["", null, "General"])) out[`${sheet.name}!${addr}`] = text;
    }
  }
  return out;
}

/** Every direct fill, with the emulator's defaults spelled out (pattern Solid, tint 0). */
function fills(model: WorkbookModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of model.sheets) {
    for (const [addr, cell] of Object.entries(sheet.cells)) {
      const f = cell.fill;
      if (!f) continue;
      out[`${sheet.name}!${addr}`] = JSON.stringify([
        f.color.toUpperCase(),
        f.pattern ?? "Solid",
        f.tintAndShade ?? 0,
      ]);
    }
  }
  return out;
}

function changedKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).sort();
}

/** Opens the folded form details (closed while there are problems). */
async function openDetails(p: Page): Promise<void> {
  const header = p.getByTestId("form-details").getByRole("button").first();
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await p.getByTestId("form-summary").first().waitFor();
}

function cellsOf(model: WorkbookModel): Cells {
  return Object.fromEntries(model.sheets.map((s) => [s.name, s.cells]));
}

maybe("task pane in Chromium over the emulator", () => {
  let fixture: E2eFixture;
  let context: BrowserContext | null = null;
  let closeBrowser: (() => Promise<void>) | null = null;
  let closeServer: (() => Promise<void>) | null = null;
  let page: Page;
  let origin = "";
  const pageErrors: string[] = [];
  const blocked: string[] = [];

  const model = (): Promise<WorkbookModel> =>
    page.evaluate(() =>
      (
        window as unknown as { __emu: { workbook: { toModelJSON(): WorkbookModel } } }
      ).__emu.workbook.toModelJSON()
    );
  /** Clicks an action button and waits until that action has finished; fails on an error bar. */
  const clickAction = async (name: string, expectLine: RegExp) => {
    const finished = async () =>
      Number(await page.locator("main").getAttribute("data-actions-finished"));
    const before = await finished();
    await page.getByRole("button", { name, exact: true }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector("main")?.getAttribute("data-actions-finished")) > n,
      before
    );
    const error = page.getByTestId("error");
    if (await error.count()) throw new Error(`${name} failed: ${await error.textContent()}`);
    expect(await page.getByTestId("result-line").textContent()).toMatch(expectLine);
  };

  beforeAll(async () => {
    requireChromium();
    fixture = e2eFixture();
    const [emulator] = await Promise.all([bundleEmulator(), ensureProductionBuild()]);
    const server = await serve(DIST);
    closeServer = server.close;
    // A page may set window.__e2eOffice (addInitScript) to change the emulated host's options.
    const officeJs = `${emulator}
;window.__emu = window.__jxzpEmulator.installOfficeGlobals(${JSON.stringify(fixture.model)},
  Object.assign({
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000",
      controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" }
  }, window.__e2eOffice || {}));`;

    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 900 },
      locale: "zh-CN",
    });
    closeBrowser = async () => {
      await context?.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    };
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith("/office.js")) {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
      } else if (url.origin === server.origin) {
        await route.continue();
      } else {
        blocked.push(url.href);
        await route.abort();
      }
    });
    origin = server.origin;
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "检查", exact: true }).waitFor();
  });

  afterAll(async () => {
    await closeBrowser?.();
    await closeServer?.();
  });

  test("the pane loads in Chinese without script errors or network requests", async () => {
    await page.getByRole("radio", { name: "本表" }).waitFor();
    expect(await page.getByRole("button", { name: "撤销" }).isDisabled()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  test("检查 lists the findings, highlights their cells, changes no value", async () => {
    const before = await model();
    await clickAction("检查", /\S/);
    await page.getByTestId("findings").waitFor();
    const after = await model();
    expect(changedKeys(contents(before), contents(after))).toEqual([]);

    const errors = await page
      .locator("[data-severity=error] button")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell") ?? ""));
    const warnings = await page
      .locator("[data-severity=warning] button")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell") ?? ""));
    expect(errors.length).toBeGreaterThan(2);
    const cells = cellsOf(after);
    const fillAt = (ref: string) => {
      const [sheet, addr] = ref.split("!");
      return cells[sheet.replace(/^'|'$/g, "")]?.[addr]?.fill?.color;
    };
    for (const ref of errors) expect({ ref, fill: fillAt(ref) }).toEqual({ ref, fill: ERROR_FILL });
    for (const ref of warnings) {
      expect({ ref, ok: [ERROR_FILL, WARNING_FILL].includes(fillAt(ref) ?? "") }).toEqual({
        ref,
        ok: true,
      });
    }
    const total = `${fixture.form.sheet}!${fixture.form.cells.totalScore}`;
    expect(errors).toContain(total);

    // Markup typed into a cell is shown as text, never run.
    await openDetails(page);
    expect(await page.getByTestId("form-summary").first().textContent()).toBeTruthy();
    const summaries = await page.getByTestId("form-summary").allTextContents();
    expect(summaries.some((t) => t.includes(HOSTILE_TEXT))).toBe(true);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-zh.png"), fullPage: true });
  });

  test("clicking a finding, or pressing Enter on it, selects that cell", async () => {
    const items = page.locator("[data-severity=error] button");
    await items.nth(0).click();
    const first = (await items.nth(0).getAttribute("data-cell")) ?? "";
    await page.waitForFunction((ref) => {
      const m = (window as unknown as { __emu: { workbook: { model: WorkbookModel } } }).__emu
        .workbook.model;
      return m.selected ? `${m.selected.sheet}!${m.selected.address}` === ref : false;
    }, first);
    const second = (await items.nth(1).getAttribute("data-cell")) ?? "";
    await items.nth(1).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((ref) => {
      const m = (window as unknown as { __emu: { workbook: { model: WorkbookModel } } }).__emu
        .workbook.model;
      return m.selected ? `${m.selected.sheet}!${m.selected.address}` === ref : false;
    }, second);
    const selected = (await model()).selected;
    expect(selected && `${selected.sheet}!${selected.address}`).toBe(second);
  });

  let original: WorkbookModel;

  test("重新计算并写入 writes the computed cells and nothing else", async () => {
    original = fixture.model;
    const before = await model();
    expect(changedKeys(contents(original), contents(before))).toEqual([]);
    await clickAction("重新计算并写入", /已写入/);
    const after = await model();
    const changed = changedKeys(contents(before), contents(after));
    expect(changed.length).toBeGreaterThan(0);
    const allowed = [...fixture.computedCells].map((a) => `${fixture.form.sheet}!${a}`);
    for (const ref of changed)
      expect({ ref, allowed: allowed.includes(ref) }).toEqual({ ref, allowed: true });
    const budgetScore = `${fixture.form.sheet}!${fixture.form.funding.total.cells.score}`;
    expect(changed).toContain(budgetScore);
    const [sheet, addr] = budgetScore.split("!");
    expect(cellsOf(after)[sheet][addr].value).toBe(8);
    expect(await page.getByRole("button", { name: "撤销" }).isDisabled()).toBe(false);
  });

  test("撤销 puts every cell back and checks again", async () => {
    await clickAction("撤销", /检查完成/);
    const after = await model();
    expect(changedKeys(contents(original), contents(after))).toEqual([]);
    expect(await page.getByRole("button", { name: "撤销" }).isDisabled()).toBe(true);
    expect(await page.locator("main").textContent()).toContain("并已重新检查");
    expect(await page.getByTestId("verdict").getAttribute("data-verdict")).toBe("fail");
  });

  test("清除标记 restores the original fills", async () => {
    await clickAction("清除标记", /\S/);
    const after = await model();
    expect(changedKeys(fills(original), fills(after))).toEqual([]);
    const [sheet, addr] = [fixture.form.sheet, fixture.form.cells.totalScore];
    expect(cellsOf(after)[sheet][addr].fill?.color).toBe(ORIGINAL_FILL);
  });

  test("the ribbon's 一键重算 shows its result in the open pane, and the pane can undo it", async () => {
    await page.evaluate(() => {
      const emu = (
        window as unknown as {
          __emu: { actions: Map<string, (e: unknown) => Promise<void>> };
          __completed?: number;
        }
      ).__emu;
      const w = window as unknown as { __completed?: number };
      return emu.actions.get("recompute")?.({
        completed: () => (w.__completed = (w.__completed ?? 0) + 1),
      });
    });
    expect(await page.evaluate(() => (window as { __completed?: number }).__completed)).toBe(1);
    await page.waitForFunction(() =>
      /功能区/.test(document.querySelector("[data-testid=result-line]")?.textContent ?? "")
    );
    const written = changedKeys(contents(original), contents(await model()));
    expect(written.length).toBeGreaterThan(0);
    const undo = page.getByRole("button", { name: "撤销" });
    expect(await undo.isDisabled()).toBe(false);
    await clickAction("撤销", /检查完成/);
    expect(changedKeys(contents(original), contents(await model()))).toEqual([]);
  });

  test("the language toggle switches the pane to English", async () => {
    await clickAction("检查", /\S/);
    await page.getByRole("button", { name: "Switch to English" }).click();
    for (const name of ["Check", "Recompute and write", "Clear marks", "Undo"]) {
      await page.getByRole("button", { name, exact: true }).waitFor();
    }
    expect(await page.getByTestId("verdict").textContent()).toContain(
      "found: correct before printing"
    );
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-en.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  test("全部工作表 checks every sheet's forms", async () => {
    await page.getByRole("radio", { name: "All worksheets" }).check();
    await clickAction("Check", /Checked/);
    await openDetails(page);
    expect(await page.getByTestId("form-summary").count()).toBe(4);
    const summaries = await page.getByTestId("form-summary").allTextContents();
    expect(summaries.filter((t) => t.includes("有错误的表!"))).toHaveLength(1);
    expect(summaries.filter((t) => t.includes("自评表!"))).toHaveLength(3);
    expect(pageErrors).toEqual([]);
  });

  test("the README screenshot: the mistakes sheet checked in Chinese, plain project name", async () => {
    const { sheet } = fixture.form;
    const address = fixture.form.cells.project;
    await page.evaluate(
      ([s, a]) => {
        const emu = (
          window as unknown as {
            __emu: { workbook: { setCell(s: string, a: string, c: { value: string }): void } };
          }
        ).__emu;
        emu.workbook.setCell(s, a, { value: "干部教育培训经费（填报有误示例）" });
      },
      [sheet, address]
    );
    await page.getByRole("button", { name: "切换到中文" }).click();
    await page.getByRole("radio", { name: "本表" }).check();
    await clickAction("检查", /检查完成/);
    await openDetails(page);
    const summaries = await page.getByTestId("form-summary").allTextContents();
    expect(summaries).toHaveLength(1);
    expect(summaries.some((t) => t.includes(HOSTILE_TEXT))).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, "readme-taskpane.png"), fullPage: true });
  });

  test("an English, dark Office gets the English pane on a dark theme", async () => {
    const other = await (context as BrowserContext).newPage();
    try {
      await other.addInitScript(() => {
        (window as unknown as { __e2eOffice: unknown }).__e2eOffice = {
          displayLanguage: "en-US",
          officeTheme: {
            bodyBackgroundColor: "#262626",
            bodyForegroundColor: "#FFFFFF",
            controlBackgroundColor: "#333333",
            controlForegroundColor: "#FFFFFF",
          },
        };
      });
      await other.goto(`${origin}/taskpane.html`);
      await other.getByRole("button", { name: "Check", exact: true }).waitFor();
      const background = await other
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(128);
    } finally {
      await other.close();
    }
  });

  /** A page whose webview says it is Trident (Internet Explorer 11), as Office 2016 / 2019 volume use. */
  async function tridentPage(): Promise<Page> {
    const page = await (context as BrowserContext).newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "userAgent", {
        get: () => "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
      });
    });
    return page;
  }

  test("Trident/EdgeHTML webviews get the static 'use Microsoft 365' message instead of the app", async () => {
    const other = await tridentPage();
    try {
      await other.goto(`${origin}/taskpane.html`);
      await other.locator("#unsupported").waitFor({ state: "visible" });
      expect(await other.locator("#unsupported").textContent()).toContain(
        "请使用 Microsoft 365 或 Office 2021 及以上版本"
      );
      expect(await other.locator("#container").isVisible()).toBe(false);
      expect(await other.locator("#container").innerHTML()).toBe("");
    } finally {
      await other.close();
    }
  });

  test("under Trident the function file answers 一键重算 with the 'which versions' dialog, not a busy button", async () => {
    const other = await tridentPage();
    try {
      // Trident cannot parse the bundle: keep it from loading, as it would fail there.
      await other.route("**/taskpane.*.js", (route) => route.abort());
      await other.goto(`${origin}/taskpane.html`);
      await other.locator("#unsupported").waitFor({ state: "visible" });
      const answered = await other.evaluate(() => {
        type Emu = {
          actions: Map<string, (e: { completed(): void }) => void>;
          dialogs: string[];
        };
        const emu = (window as unknown as { __emu: Emu }).__emu;
        let completed = 0;
        emu.actions.get("recompute")?.({ completed: () => (completed += 1) });
        return { completed, dialogs: emu.dialogs };
      });
      expect(answered.completed).toBe(1);
      expect(answered.dialogs).toEqual([`${origin}/support.html#unsupported`]);
      await other.goto(answered.dialogs[0]);
      await other.locator("#ribbon").waitFor({ state: "visible" });
      expect(await other.locator("#ribbon-zh").textContent()).toContain("无法运行绩效自评助手");
    } finally {
      await other.close();
    }
  });

  test("the ribbon's dialog shows the words it is given as text, never as markup", async () => {
    const other = await (context as BrowserContext).newPage();
    try {
      const words = { zh: '<img src=x onerror="window.__owned=1">受保护', en: "<b>protected</b>" };
      await other.goto(
        `${origin}/support.html#ribbon=${encodeURIComponent(JSON.stringify(words))}`
      );
      await other.locator("#ribbon").waitFor({ state: "visible" });
      expect(await other.locator("#ribbon-zh").textContent()).toBe(words.zh);
      expect(await other.locator("#ribbon-en").textContent()).toBe(words.en);
      expect(await other.locator("#ribbon img, #ribbon b").count()).toBe(0);
      expect(
        await other.evaluate(() => (window as unknown as { __owned?: number }).__owned)
      ).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  /** A fresh pane on an emulated host with `office` options (an older Excel), closed afterwards. */
  async function paneOn(office: object, use: (page: Page) => Promise<void>): Promise<void> {
    const other = await (context as BrowserContext).newPage();
    try {
      await other.addInitScript((o) => {
        (window as unknown as { __e2eOffice: unknown }).__e2eOffice = o;
      }, office);
      await other.goto(`${origin}/taskpane.html`);
      await use(other);
    } finally {
      await other.close();
    }
  }

  test("an Excel below ExcelApi 1.4 gets the static message naming the versions that work", () =>
    paneOn({ apiVersion: "1.3" }, async (page) => {
      await page.locator("#unsupported").waitFor({ state: "visible" });
      const text = (await page.locator("#unsupported").textContent()) ?? "";
      expect(text).toContain("批量许可版 Office 2016 / 2019 不能运行");
      expect(text).toContain("Volume-licensed Office 2016 / 2019 cannot");
      expect(await page.locator("#container").isVisible()).toBe(false);
    }));

  test("an Excel 2019-like host (ExcelApi 1.8, no shared runtime) runs the pane and says what it lacks", () =>
    paneOn({ apiVersion: "1.8", sharedRuntime: false }, async (page) => {
      const notice = page.getByTestId("feature-notice");
      await notice.waitFor();
      await notice.getByRole("button", { name: "详情" }).click();
      const features = await notice
        .locator("li")
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-feature")));
      expect(features).toEqual([
        "sharedRuntime",
        "cellProperties",
        "changeEvents",
        "delayForCellEdit",
      ]);
      await page.getByRole("button", { name: "检查", exact: true }).click();
      await page
        .getByTestId("result-line")
        .filter({ hasText: /检查完成/ })
        .waitFor();
    }));

  test("on an older Excel the notice waits below the problems once a check has a verdict (320 × 700)", () =>
    paneOn({ apiVersion: "1.8", sharedRuntime: false }, async (page) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await act(page, "检查");
      await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-older-excel-zh.png") });
      const verdict = await page.getByTestId("verdict").boundingBox();
      const first = await page.locator("[data-testid=findings] li button").first().boundingBox();
      expect(first!.y + first!.height).toBeLessThanOrEqual(700);
      expect(verdict!.y).toBeGreaterThan(0);
      const notice = await page.getByTestId("feature-notice").boundingBox();
      expect(notice!.y).toBeGreaterThan(first!.y);
      expect(await overflowing(page)).toEqual([]);
      await page.getByTestId("feature-notice").getByRole("button", { name: "详情" }).click();
      for (const width of [270, 450]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await overflowing(page)).toEqual([]);
        await page.screenshot({
          path: path.join(ARTIFACTS, `pane-${width}-older-excel-open-zh.png`),
          fullPage: true,
        });
      }
    }));

  // ── Layout: what a clerk sees at task-pane widths, zoomed, in both languages and themes ──

  const DARK = {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#333333",
    controlForegroundColor: "#FFFFFF",
  };

  /** A fresh pane (a fresh emulated workbook) at `width` × `height`, in `theme`. */
  async function freshPane(width: number, height: number, dark: boolean): Promise<Page> {
    const p = await (context as BrowserContext).newPage();
    await p.setViewportSize({ width, height });
    if (dark) {
      await p.addInitScript((theme) => {
        (window as unknown as { __e2eOffice: unknown }).__e2eOffice = { officeTheme: theme };
      }, DARK);
    }
    p.on("pageerror", (e) => pageErrors.push(e.message));
    await p.goto(`${origin}/taskpane.html`);
    await p.getByRole("button", { name: "检查", exact: true }).waitFor();
    return p;
  }

  async function act(p: Page, name: string): Promise<void> {
    const before = Number(await p.locator("main").getAttribute("data-actions-finished"));
    await p.getByRole("button", { name, exact: true }).click();
    await p.waitForFunction(
      (n) => Number(document.querySelector("main")?.getAttribute("data-actions-finished")) > n,
      before
    );
  }

  /** Elements wider than their box (text cut or pushed out), and whether the page scrolls sideways. */
  function overflowing(p: Page): Promise<string[]> {
    return p.evaluate(() => {
      const out: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1)
        out.push(`page ${root.scrollWidth}>${root.clientWidth}`);
      for (const el of Array.from(document.querySelectorAll("main *"))) {
        const e = el as HTMLElement;
        const style = getComputedStyle(e);
        // Visually hidden helpers (1 px clip) and zero-size boxes cannot cut anything visible.
        if (e.clientWidth === 0 || style.position === "absolute" || style.visibility === "hidden")
          continue;
        if (e.scrollWidth > e.clientWidth + 1) {
          const text = (e.textContent ?? "").slice(0, 30);
          out.push(
            `${e.tagName.toLowerCase()}.${e.className.split(" ")[0]} ${e.scrollWidth}>${e.clientWidth} "${text}"`
          );
        }
        const r = e.getBoundingClientRect();
        if (r.right > root.clientWidth + 1)
          out.push(`${e.tagName.toLowerCase()} ends at ${Math.round(r.right)}`);
      }
      return out;
    });
  }

  test("at 320 × 700 the verdict and the first problem are visible after 检查, without scrolling", async () => {
    const p = await freshPane(320, 700, false);
    try {
      await act(p, "检查");
      const verdict = await p.getByTestId("verdict").boundingBox();
      const first = await p.locator("[data-testid=findings] li button").first().boundingBox();
      expect(verdict && first).toBeTruthy();
      expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(700);
      expect(first!.y + first!.height).toBeLessThanOrEqual(700);
      expect(await p.evaluate(() => window.scrollY)).toBe(0);
      // The four actions sit in one row.
      const tops = await p
        .getByRole("group", { name: "操作" })
        .getByRole("button")
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      await p.screenshot({ path: path.join(ARTIFACTS, "pane-320-first-screen.png") });
    } finally {
      await p.close();
    }
  });

  // 150% zoom shows a 320 px (270 px) pane as 213 (180) CSS pixels.
  const WIDTHS = [
    { label: "450", width: 450 },
    { label: "320", width: 320 },
    { label: "270", width: 270 },
    { label: "320-zoom150", width: 213 },
    { label: "270-zoom150", width: 180 },
  ];

  test.each([
    ["light", false],
    ["dark", true],
  ])("nothing overflows from 270 to 450 px and at 150%%, zh and en (%s)", async (theme, dark) => {
    const p = await freshPane(450, 900, dark);
    try {
      await act(p, "检查");
      await openDetails(p);
      for (const lang of ["zh", "en"] as const) {
        if (lang === "en") await p.getByRole("button", { name: "Switch to English" }).click();
        for (const { label, width } of WIDTHS) {
          await p.setViewportSize({ width, height: 900 });
          await p.waitForFunction((w) => window.innerWidth === w, width);
          await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
          expect({ label, lang, theme, overflow: await overflowing(p) }).toEqual({
            label,
            lang,
            theme,
            overflow: [],
          });
          if (width < 400) expect(await p.getByTestId("indicator-rows").count()).toBeGreaterThan(0);
          await p.screenshot({
            path: path.join(ARTIFACTS, `pane-${label}-${lang}-${theme}.png`),
            fullPage: true,
          });
        }
      }
    } finally {
      await p.close();
    }
  });

  test("after 重新计算并写入: the change list, the print banner; 清除标记 removes the banner", async () => {
    const p = await freshPane(320, 900, false);
    try {
      await act(p, "重新计算并写入");
      const changes = p.getByTestId("changes");
      await changes.waitFor();
      expect(await changes.getByRole("heading").textContent()).toMatch(/^已写入 \d+ 个单元格$/);
      const rows = await changes.getByRole("button").allTextContents();
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.some((r) => /总分95 → 96/.test(r))).toBe(true);
      const banner = p.getByTestId("marks-banner");
      expect(await banner.textContent()).toMatch(/已标记 \d+ 个单元格——打印前请点清除标记/);
      expect(await overflowing(p)).toEqual([]);
      await p.screenshot({
        path: path.join(ARTIFACTS, "pane-320-recompute-zh.png"),
        fullPage: true,
      });
      await act(p, "清除标记");
      expect(await p.getByTestId("marks-banner").count()).toBe(0);
    } finally {
      await p.close();
    }
  });
});
