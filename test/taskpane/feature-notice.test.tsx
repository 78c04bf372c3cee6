/** @jest-environment jsdom */
// On an older Excel the pane lists what it lacks, in the pane's words, in both languages; on a
// current Excel (or a port that cannot tell) it shows nothing.
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { FEATURE_WORDS } from "../../src/taskpane/components/FeatureNotice";
import type { MissingFeature } from "../../src/excel/port";
import { FakePort } from "./fake-port";

function portMissing(missing: MissingFeature[] | undefined): FakePort {
  const port = new FakePort();
  if (missing)
    (port as FakePort & { missingFeatures(): MissingFeature[] }).missingFeatures = () => missing;
  return port;
}

describe("what an older Excel lacks", () => {
  test("each missing feature is one line of the opened notice, zh first, en after the toggle", () => {
    render(<App port={portMissing(["sharedRuntime", "changeEvents"])} />);
    const notice = screen.getByTestId("feature-notice");
    expect(notice.textContent).toContain("此版本的 Excel 缺少部分功能");
    // One line until the clerk asks: the verdict must stay on the first screen.
    expect(notice.querySelectorAll("li")).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "详情" }));
    expect(screen.getByRole("button", { name: "收起" }).getAttribute("aria-expanded")).toBe("true");
    const items = [...notice.querySelectorAll("li")];
    expect(items.map((li) => li.getAttribute("data-feature"))).toEqual([
      "sharedRuntime",
      "changeEvents",
    ]);
    expect(items[1].textContent).toBe(FEATURE_WORDS.changeEvents.zh);
    fireEvent.click(screen.getByRole("button", { name: "Switch to English" }));
    expect(screen.getByTestId("feature-notice").querySelectorAll("li")[0].textContent).toBe(
      FEATURE_WORDS.sharedRuntime.en
    );
  });

  test("a current Excel, or a port that does not say, shows no notice", () => {
    const { unmount } = render(<App port={portMissing([])} />);
    expect(screen.queryByTestId("feature-notice")).toBeNull();
    unmount();
    render(<App port={portMissing(undefined)} />);
    expect(screen.queryByTestId("feature-notice")).toBeNull();
  });

  test("every feature has words in both languages that name what to do or what differs", () => {
    for (const words of Object.values(FEATURE_WORDS)) {
      expect(words.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(words.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
