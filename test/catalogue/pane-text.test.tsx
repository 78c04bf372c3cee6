/** @jest-environment jsdom */
// Bad-input catalogue, task pane: cell texts carrying <script> / <img onerror> are rendered as text, never as HTML.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { ProblemList } from "../../src/taskpane/components/ProblemList";
import { problemGroups } from "../../src/taskpane/problems";
import { FakePort, evaluation, finding, form, result } from "../taskpane/fake-port";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const HOSTILE = `${SCRIPT}${IMG}`;

function expectNoInjectedElements(root: ParentNode): void {
  expect(root.querySelectorAll("script")).toHaveLength(0);
  expect(root.querySelectorAll("img")).toHaveLength(0);
  expect(root.querySelectorAll("[onerror]")).toHaveLength(0);
}

describe("bad-input catalogue: hostile text in the task pane", () => {
  let alerts: jest.SpyInstance;
  beforeEach(() => {
    alerts = jest.spyOn(window, "alert").mockImplementation(() => undefined);
  });
  afterEach(() => alerts.mockRestore());

  test("the problem list shows a finding's message and the form's project literally", () => {
    const f = finding({
      code: "IND_SCORE_OVER_WEIGHT",
      cell: "I25",
      message: { zh: `指标“${HOSTILE}”得分超过分值`, en: `Indicator “${HOSTILE}” over weight` },
    });
    const groups = problemGroups(evaluation([form({ project: HOSTILE, findings: [f] })]));
    const { container } = render(<ProblemList lang="zh" groups={groups} onSelect={() => {}} />);
    expectNoInjectedElements(container);
    expect(container.textContent).toContain(`指标“${HOSTILE}”得分超过分值`);
    expect(container.textContent).toContain(HOSTILE + "Sheet1!A1:J38");
    expect(alerts).not.toHaveBeenCalled();
  });

  test("the whole pane renders hostile project, indicator, sheet and message texts as text", async () => {
    const port = new FakePort();
    const base = form();
    const hostileForm = form({
      sheet: HOSTILE,
      project: HOSTILE,
      indicators: base.indicators.map((ind) => ({
        ...ind,
        name: SCRIPT,
        target: IMG,
        actual: HOSTILE,
      })),
      findings: [
        finding({
          code: "IND_DEVIATION_MISSING",
          severity: "warning",
          sheet: HOSTILE,
          cell: "J26",
          message: { zh: `偏差：${HOSTILE}`, en: `deviation: ${HOSTILE}` },
        }),
      ],
    });
    port.next.check = result("check", evaluation([hostileForm]), {
      unmarked: { why: "protected", sheets: [HOSTILE] },
    });
    const { container } = render(<App port={port} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^检查$/ }));
    });
    expectNoInjectedElements(container);
    expectNoInjectedElements(document);
    const text = container.textContent ?? "";
    expect(text).toContain(`偏差：${HOSTILE}`);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(alerts).not.toHaveBeenCalled();
  });
});
