// The built WPS add-in folder (webpack.wps.config.js) in headless Chromium from file://, over the
// fake ET: the main page installs the ribbon callbacks and opens the pane; the pane page renders the
// App, checks and recomputes the planted-mistakes form; nothing is fetched but the folder's own files.
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildXlsx } from "../../testkit/fixtures/build";
import { mistakesForm } from "../../testkit/fixtures/mistakes";
import { fakeBookFromBytes } from "../../testkit/wps-fake";
import { bookToJson } from "../../testkit/wps-fake/browser";
import { bundleForBrowser, compile } from "../e2e/harness";
import { stacked } from "./helpers";
import * as acorn from "acorn";
import { bannedApiCalls } from "../web/es2020-scan";
import { CHROMIUM, CHROMIUM_ARGS, browserSuiteRuns, requireChromium } from "../../testkit/chromium";

const ROOT = path.resolve(__dirname, "../..");
const maybe = browserSuiteRuns("wps e2e") ? describe : describe.skip;

jest.setTimeout(300_000);

async function buildFolder(out: string): Promise<void> {
  const configFn = require(path.join(ROOT, "webpack.wps.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => webpack.Configuration;
  await compile({ ...configFn({ outDir: out }, { mode: "production" }), context: ROOT });
}

maybe("the built WPS add-in in Chromium", () => {
  let dir = "";
  let folder = "";
  let fake = "";
  let bookJson = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    requireChromium();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-wps-e2e-"));
    folder = path.join(dir, "jxzp");
    const [, script] = await Promise.all([
      buildFolder(folder),
      bundleForBrowser(path.join(__dirname, "browser-entry.ts")),
    ]);
    fake = script;
    const book = fakeBookFromBytes(
      new Uint8Array(await buildXlsx(stacked(mistakesForm("shanxi"), 1)))
    );
    bookJson = JSON.stringify(bookToJson(book));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(pageName: string): Promise<{ page: Page; requests: string[] }> {
    const page = await browser!.newPage({ viewport: { width: 360, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.addInitScript(
      `${fake}\n;window.__fake = window.__jxzpFakeWps.installFakeWps(${bookJson});`
    );
    await page.goto(`file://${path.join(folder, pageName)}`);
    return { page, requests };
  }

  test("every script parses as ES2020 and calls no post-Chrome-86 API (as the web page's)", () => {
    const scripts = fs.readdirSync(folder).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const name of scripts) {
      const code = fs.readFileSync(path.join(folder, name), "utf8");
      const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" });
      expect({ name, banned: bannedApiCalls(ast, code) }).toEqual({ name, banned: [] });
    }
  });

  test("the main page defines the ribbon callbacks; 打开助手 opens taskpane.html beside it", async () => {
    const { page, requests } = await open("index.html");
    const out = await page.evaluate(() => {
      const w = window as unknown as Record<string, (arg: unknown) => unknown> & {
        __fakePanes: { url: string; Visible: boolean }[];
      };
      const loaded = w.OnAddinLoad({});
      w.OnAction({ Id: "btnOpenPane" });
      return { loaded, panes: w.__fakePanes, icon: w.GetImage({ Id: "btnRecompute" }) };
    });
    expect(out.loaded).toBe(true);
    expect(out.panes).toHaveLength(1);
    expect(out.panes[0].url).toBe(`file://${path.join(folder, "taskpane.html")}`);
    expect(out.panes[0].Visible).toBe(true);
    expect(fs.existsSync(path.join(folder, out.icon as string))).toBe(true);
    expect(requests.every((u) => u.startsWith("file://"))).toBe(true);
    await page.close();
  });

  test("the pane renders the App, checks and recomputes the form on the fake ET, offline", async () => {
    const { page, requests } = await open("taskpane.html");
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByTestId("result-line").filter({ hasText: "检查完成" }).waitFor();
    expect(await page.getByTestId("result-line").textContent()).toMatch(
      /^检查完成：1 张表，6 个错误/
    );
    await page.getByRole("button", { name: "重新计算并写入", exact: true }).click();
    await page.getByTestId("result-line").filter({ hasText: "已写入" }).waitFor();
    expect(await page.getByTestId("result-line").textContent()).toMatch(/^已写入 6 个单元格/);
    const painted = await page.evaluate(() => {
      const book = (
        window as unknown as {
          __fake: { book: { sheets: { cells: Map<string, { fill?: unknown }> }[] } };
        }
      ).__fake.book;
      return [...book.sheets[0].cells.values()].filter((c) => c.fill).length;
    });
    expect(painted).toBe(2);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith("file://"))).toBe(true);
    await page.close();
  });
});
