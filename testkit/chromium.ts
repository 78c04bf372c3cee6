// Debian's Chromium for the browser tests (the pane, the web page, the built WPS add-in): where it is,
// how it is started, and what a suite does when it is missing.
import { existsSync } from "fs";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Headless, as root, with every background connection off: on a closed network Chromium's own
 * update, sync and component requests are refused, many at a time, and would show up as requests.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
];

export const haveChromium = existsSync(CHROMIUM);

/**
 * Whether a browser suite runs: skipped with a warning on a developer machine without Chromium, run
 * under CI, where its `beforeAll` must then fail (see `requireChromium`) rather than skip.
 */
export function browserSuiteRuns(label: string): boolean {
  if (!haveChromium && !process.env.CI)
    console.warn(
      `[${label}] ${CHROMIUM} not found: browser tests skipped (apt-get install chromium).`
    );
  return haveChromium || Boolean(process.env.CI);
}

/** In a browser suite's `beforeAll`: under CI a missing Chromium is a failure, not a skip. */
export function requireChromium(): void {
  if (!haveChromium)
    throw new Error(`CI is set but ${CHROMIUM} is missing: install the Debian chromium package.`);
}
