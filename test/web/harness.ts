// Node side of the web page's browser tests: builds dist/web/jxzp-checker.html when stale, opens Chromium.
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { chromium, type BrowserContext } from "playwright-core";
import webpack from "webpack";
import { CHROMIUM, CHROMIUM_ARGS } from "../../testkit/chromium";
import { compile, newest } from "../e2e/harness";

export const ROOT = path.resolve(__dirname, "../..");
export const PAGE = path.join(ROOT, "dist/web/jxzp-checker.html");
export const PAGE_URL = pathToFileURL(PAGE).href;
export const ARTIFACTS = path.join(ROOT, "test/artifacts");

/** Runs `npm run build:web`'s build (through webpack's API) unless the page is newer than its sources. */
export async function ensureWebBuild(): Promise<string> {
  const inputs = [
    newest(path.join(ROOT, "src")),
    fs.statSync(path.join(ROOT, "webpack.web.config.js")).mtimeMs,
  ];
  if (!(fs.existsSync(PAGE) && fs.statSync(PAGE).mtimeMs > Math.max(...inputs))) {
    const configFn = require(path.join(ROOT, "webpack.web.config.js")) as (
      env: Record<string, unknown>,
      argv: Record<string, unknown>
    ) => webpack.Configuration;
    await compile(configFn({}, { mode: "production" }));
  }
  return fs.readFileSync(PAGE, "utf8");
}

/** The page's one inline script. */
export function scriptOf(html: string): string {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  if (scripts.length !== 1) throw new Error(`expected one <script>, found ${scripts.length}`);
  return scripts[0][2];
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Headless Debian Chromium with downloads on and every background connection off. */
export async function launch(locale = "zh-CN"): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-web-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
