/** @jest-environment jsdom */
// The pane against a fake port: buttons, result line, grouped findings, selection, undo, errors, language.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AddinError } from "../../src/excel/port";
import { App } from "../../src/taskpane/components/App";
import { strings } from "../../src/taskpane/i18n";
import { FakePort, FakeStore, evaluation, finding, form, result } from "./fake-port";

function button(name: string): HTMLButtonElement {
  return screen.getByRole("button", { name: new RegExp(`^${name}$`) }) as HTMLButtonElement;
}

/** Opens the folded form details (closed while there are problems). */
function openDetails() {
  const header = within(screen.getByTestId("form-details")).getAllByRole("button")[0];
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

async function clickAndSettle(name: string) {
  await act(async () => {
    fireEvent.click(button(name));
  });
}

describe("task pane", () => {
  test("检查 calls port.check with the chosen scope and shows the summary line", async () => {
    const port = new FakePort();
    port.next.check = result("check", evaluation(), { highlighted: 2 });
    render(<App port={port} />);
    await clickAndSettle("检查");
    expect(port.calls).toEqual([["check", "sheet"]]);
    expect(screen.getByTestId("result-line").textContent).toBe(
      "检查完成：1 张表，2 个错误，1 个警告，1 条提示；已标记 2 个单元格。"
    );

    fireEvent.click(screen.getByRole("radio", { name: "全部工作表" }));
    await clickAndSettle("检查");
    expect(port.calls[1]).toEqual(["check", "workbook"]);
  });

  test("each button calls its port method", async () => {
    const port = new FakePort();
    render(<App port={port} />);
    await clickAndSettle("重新计算并写入");
    await clickAndSettle("撤销");
    await clickAndSettle("清除标记");
    expect(port.calls.map((c) => c[0])).toEqual(["recompute", "undo", "check", "clear"]);
  });

  test("shows progress while busy and disables the buttons", async () => {
    const port = new FakePort();
    let open: () => void = () => undefined;
    port.gate = new Promise((resolve) => (open = resolve));
    render(<App port={port} />);
    await clickAndSettle("重新计算并写入");
    expect(screen.getByTestId("result-line").textContent).toContain("正在重新计算并写入");
    expect(button("检查").disabled).toBe(true);
    expect(button("清除标记").disabled).toBe(true);
    await act(async () => open());
    expect(button("检查").disabled).toBe(false);
    expect(screen.getByTestId("result-line").textContent).toBe(
      "已写入 0 个单元格；1 张表，剩余 2 个错误，1 个警告；已标记 0 个单元格。"
    );
  });

  test("撤销 is disabled until a recompute makes undo possible, then again after undo", async () => {
    const port = new FakePort();
    render(<App port={port} />);
    expect(button("撤销").disabled).toBe(true);
    await clickAndSettle("检查");
    expect(button("撤销").disabled).toBe(true);
    await clickAndSettle("重新计算并写入");
    expect(button("撤销").disabled).toBe(false);
    await clickAndSettle("撤销");
    expect(button("撤销").disabled).toBe(true);
  });

  test("problems come grouped by form, errors first, each tagged auto-fixable or by hand", async () => {
    const port = new FakePort();
    const ev = evaluation(
      [form()],
      [finding({ code: "FORM_NOT_FOUND", sheet: "说明", cell: "A1", severity: "info" })]
    );
    ev.writes = [
      {
        sheet: "Sheet1",
        cell: "I8",
        row: 7,
        col: 8,
        role: "budgetScore",
        value: 8.96,
        numberFormat: null,
        before: { value: 9, formula: null, numberFormat: null },
      },
    ];
    port.next.check = result("check", ev);
    render(<App port={port} />);
    await clickAndSettle("检查");
    const verdict = screen.getByTestId("verdict");
    expect(verdict.getAttribute("data-verdict")).toBe("fail");
    expect(verdict.textContent).toContain("发现 2 个错误，更正后再打印");
    expect(verdict.textContent).toContain("1 处可点“重新计算并写入”自动更正，2 处需手工处理。点击");
    const groups = screen.getAllByTestId("problem-group");
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual([
      "表外问题",
      "安可替代工程经费",
    ]);
    const items = within(groups[1]).getAllByRole("button");
    expect(items.map((b) => [b.getAttribute("data-cell"), b.getAttribute("data-fix")])).toEqual([
      ["Sheet1!I8", "auto"],
      ["Sheet1!I40", "manual"],
      ["Sheet1!J26", "manual"],
    ]);
    // The answer first, the rule's working below it.
    expect(items[0].textContent).toMatch(
      /^预算执行率得分应为 8\.96（填报 9）中文 FUND_SCORE可自动更正/
    );
    expect(items[1].textContent).toContain("需手工处理");
    // Notes are folded away; codes are shown only in the details view.
    expect(within(groups[1]).getByText("1 条提示（不影响打印）")).toBeTruthy();
    expect(within(items[0]).queryByText("FUND_SCORE")).toBeNull();
  });

  test("a clean check says ready to print and opens the details; warnings ask to verify", async () => {
    const port = new FakePort();
    port.next.check = result("check", evaluation([form({ findings: [] })]));
    render(<App port={port} />);
    await clickAndSettle("检查");
    expect(screen.getByTestId("verdict").getAttribute("data-verdict")).toBe("pass");
    expect(screen.getByTestId("verdict").textContent).toBe("未发现错误，可以打印");
    expect(screen.getByTestId("form-summary")).toBeTruthy();
    port.next.check = result(
      "check",
      evaluation([
        form({
          findings: [finding({ code: "IND_DEVIATION_MISSING", cell: "J26", severity: "warning" })],
        }),
      ])
    );
    await clickAndSettle("检查");
    expect(screen.getByTestId("verdict").textContent).toContain(
      "未发现错误，可以打印；1 个警告建议核实"
    );
  });

  test("a sheet without a form says which headers are looked for and offers the whole workbook", async () => {
    const port = new FakePort();
    port.next.check = result(
      "check",
      evaluation([], [finding({ code: "FORM_NOT_FOUND", cell: "A1", severity: "info" })])
    );
    render(<App port={port} />);
    await clickAndSettle("检查");
    const verdict = screen.getByTestId("verdict");
    expect(verdict.getAttribute("data-verdict")).toBe("none");
    expect(verdict.textContent).toContain("本表没有找到自评表");
    expect(verdict.textContent).toContain("一级指标");
    await act(async () =>
      fireEvent.click(within(verdict).getByRole("button", { name: "检查全部工作表" }))
    );
    expect(port.calls.at(-1)).toEqual(["check", "workbook"]);
    expect(screen.getByRole("radio", { name: "全部工作表" })).toHaveProperty("checked", true);
  });

  test("held cells are problems to handle by hand, with their reason", async () => {
    const port = new FakePort();
    const held = [
      {
        sheet: "Sheet1",
        cell: "I40",
        role: "total" as const,
        reason: { zh: "未写入：全年执行数未填写", en: "Not written: spending is blank" },
      },
    ];
    port.next.check = result("check", evaluation([form({ findings: [], held })]));
    render(<App port={port} />);
    await clickAndSettle("检查");
    expect(screen.getByTestId("verdict").getAttribute("data-verdict")).toBe("warn");
    const item = within(screen.getByTestId("findings")).getByRole("button");
    expect(item.textContent).toContain("未写入：全年执行数未填写");
    expect(item.getAttribute("data-fix")).toBe("manual");
  });

  test("after a recompute the change list shows each cell, old → new, and selects it", async () => {
    const port = new FakePort();
    port.next.recompute = result("recompute", evaluation(), {
      written: 2,
      marked: 3,
      changes: [
        { sheet: "Sheet1", cell: "I9", role: "rate", before: "0.85", after: "0.8" },
        { sheet: "Sheet1", cell: "J27", role: "total", before: "95.00", after: "96.00" },
      ],
    });
    render(<App port={port} />);
    await clickAndSettle("重新计算并写入");
    const list = screen.getByTestId("changes");
    expect(within(list).getByRole("heading").textContent).toBe("已写入 2 个单元格");
    const rows = within(list).getAllByRole("button");
    expect(rows.map((r) => r.textContent)).toEqual([
      "Sheet1!I9执行率85.00% → 80.00%",
      "Sheet1!J27总分95 → 96",
    ]);
    await act(async () => fireEvent.click(rows[1]));
    expect(port.calls.at(-1)).toEqual(["select", "Sheet1", "J27"]);
    // Marks print: the banner says so and clears them (in the chosen scope).
    const banner = screen.getByTestId("marks-banner");
    expect(banner.textContent).toContain("已标记 3 个单元格——打印前请点清除标记");
    port.next.clear = result("clear", null, { restored: 3, marked: 0 });
    await act(async () =>
      fireEvent.click(within(banner).getByRole("button", { name: "立即清除" }))
    );
    expect(port.calls.at(-1)).toEqual(["clear", "sheet"]);
    expect(screen.queryByTestId("marks-banner")).toBeNull();
  });

  test("标记单元格 is remembered in the workbook and turns painting off", async () => {
    const port = new FakePort();
    port.settings = { mark: false, profile: "sichuan" };
    render(<App port={port} />);
    const toggle = await screen.findByRole("switch", { name: "标记单元格" });
    await waitFor(() => expect(toggle).toHaveProperty("checked", false));
    await clickAndSettle("检查");
    expect(port.calls.at(-1)).toEqual(["check", "sheet", { profile: "sichuan" }, { mark: false }]);
    await act(async () => fireEvent.click(toggle));
    expect(port.saved.at(-1)).toMatchObject({ mark: true, profile: "sichuan" });
    await clickAndSettle("检查");
    expect(port.calls.at(-1)).toEqual(["check", "sheet", { profile: "sichuan" }]);
  });

  test("the settings panel sets the profile and grade bands, rejecting bands out of order", async () => {
    const port = new FakePort();
    render(<App port={port} />);
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    const panel = screen.getByTestId("settings");
    fireEvent.change(within(panel).getByRole("combobox"), { target: { value: "shanxi" } });
    const [, good] = within(panel).getAllByRole("spinbutton");
    fireEvent.change(good, { target: { value: "70" } });
    expect(port.saved.at(-1)).toMatchObject({ profile: "shanxi", gradeBands: [90, 70, 60] });
    fireEvent.change(good, { target: { value: "95" } });
    expect(panel.textContent).toContain("分数线须在 0–100 之间且逐级降低");
    expect(port.saved.at(-1)).toMatchObject({ gradeBands: [90, 70, 60] });
    await clickAndSettle("检查");
    expect(port.calls.at(-1)).toEqual([
      "check",
      "sheet",
      { profile: "shanxi", gradeBands: [90, 70, 60] },
    ]);
  });

  test("an edit after the check marks the results stale, with 重新检查", async () => {
    jest.useFakeTimers({
      now: 0,
      doNotFake: ["queueMicrotask", "nextTick", "setImmediate", "setTimeout"],
    });
    try {
      const port = new FakePort();
      render(<App port={port} />);
      await clickAndSettle("检查");
      jest.setSystemTime(10_000);
      act(() => port.changed?.());
      const bar = screen.getByTestId("stale");
      expect(bar.textContent).toContain("工作表已修改");
      await act(async () => fireEvent.click(within(bar).getByRole("button", { name: "重新检查" })));
      expect(port.calls.at(-1)).toEqual(["check", "sheet"]);
      expect(screen.queryByTestId("stale")).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  test("an undo blocked by later edits names the cells and offers to restore the others", async () => {
    const port = new FakePort();
    port.undoable = true;
    port.next.undo = new AddinError({
      kind: "undoCellsChanged",
      cells: ["Sheet1!I8"],
      restorable: 5,
    });
    render(<App port={port} />);
    await clickAndSettle("撤销");
    const bar = screen.getByTestId("error");
    expect(bar.textContent).toContain("Sheet1!I8");
    port.next.undo = result("undo", null, { restored: 5 });
    await act(async () =>
      fireEvent.click(within(bar).getByRole("button", { name: "恢复其余 5 个单元格" }))
    );
    expect(port.calls.slice(-2)).toEqual([
      ["undo", "unchanged"],
      ["check", "sheet"],
    ]);
    expect(document.body.textContent).toContain("已撤销 5 个单元格，并已重新检查。");
  });

  test("clicking a finding or pressing Enter on it selects its cell", async () => {
    const port = new FakePort();
    port.next.check = result(
      "check",
      evaluation([
        form({
          sheet: "My sheet",
          findings: [finding({ code: "TOTAL_MISMATCH", sheet: "My sheet", cell: "I40" })],
        }),
      ])
    );
    render(<App port={port} />);
    await clickAndSettle("检查");
    const item = screen.getByTitle("定位到 'My sheet'!I40");
    await act(async () => fireEvent.click(item));
    expect(port.calls.at(-1)).toEqual(["select", "My sheet", "I40"]);
    port.calls = [];
    await act(async () => fireEvent.keyDown(item, { key: "Enter" }));
    expect(port.calls).toEqual([["select", "My sheet", "I40"]]);
    await act(async () => fireEvent.keyDown(item, { key: "a" }));
    expect(port.calls).toHaveLength(1);
  });

  test("an AddinError shows its text in an error MessageBar that can be dismissed", async () => {
    const port = new FakePort();
    port.next.recompute = new AddinError({ kind: "sheetProtected", sheets: ["Sheet1"] });
    render(<App port={port} />);
    await clickAndSettle("重新计算并写入");
    const bar = screen.getByTestId("error");
    expect(bar.textContent).toContain("工作表“Sheet1”受保护，未做任何修改。");
    expect(button("撤销").disabled).toBe(true);
    fireEvent.click(within(bar).getByRole("button", { name: "关闭" }));
    expect(screen.queryByTestId("error")).toBeNull();
  });

  test("an unexpected error is shown, not swallowed; a failed select too", async () => {
    const port = new FakePort();
    port.next.check = new TypeError("boom");
    render(<App port={port} />);
    await clickAndSettle("检查");
    expect(screen.getByTestId("error").textContent).toContain("发生意外错误: boom");

    port.next.check = result("check", evaluation());
    port.selectError = new AddinError({ kind: "office", code: "InvalidSelection" });
    await clickAndSettle("检查");
    expect(screen.queryByTestId("error")).toBeNull();
    await act(async () => fireEvent.click(screen.getByTitle("定位到 Sheet1!I8")));
    expect(screen.getByTestId("error").textContent).toContain("当前选择无效");
  });

  test("the form summary shows budget, indicators with method, total and grade", async () => {
    const port = new FakePort();
    render(<App port={port} />);
    await clickAndSettle("检查");
    openDetails();
    const summary = screen.getByTestId("form-summary");
    expect(within(summary).getByRole("heading").textContent).toBe("安可替代工程经费");
    expect(summary.textContent).toContain("89.55%");
    const budget = screen.getByTestId("budget-score");
    expect(budget.textContent).toContain("9 / 8.96");
    expect(budget.querySelector("[data-differ=true]")).not.toBeNull();
    const rows = within(within(summary).getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1].textContent).toContain("数据平台");
    expect(rows[1].textContent).toContain("≥ 正向");
    expect(rows[1].querySelector("[data-differ=true]")).toBeNull();
    expect(rows[2].textContent).toContain("定性判断");
    expect(rows[2].textContent).toContain("10 / —");
    expect(screen.getByTestId("total-score").textContent).toContain("99 / 98.96");
    expect(screen.getByTestId("grade-badge").textContent).toBe("优");
  });

  test("scores follow the kit: compared at 2 decimals, a blank entry is missing, not a mismatch", async () => {
    const port = new FakePort();
    const base = form();
    port.next.check = result(
      "check",
      evaluation([
        form({
          budget: { ...base.budget, entered: "8.9600" },
          indicators: [{ ...base.indicators[0], entered: null }, base.indicators[1]],
          total: { cell: "I40", entered: "98.961", computed: "98.96" },
          grade: { cell: "J40", entered: null, computed: "优" },
        }),
      ])
    );
    render(<App port={port} initialLang="en" />);
    await clickAndSettle("Check");
    openDetails();
    const budget = screen.getByTestId("budget-score");
    expect(budget.textContent).toBe("8.96 / 8.96");
    expect(budget.querySelector("[data-differ=true]")).toBeNull();
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows[1].textContent).toContain("≥ at least");
    expect(rows[1].textContent).toContain("— / 15");
    expect(rows[1].querySelector("[data-state=missing]")).not.toBeNull();
    expect(rows[1].querySelector("[data-differ=true]")).toBeNull();
    expect(screen.getByTestId("total-score").querySelector("[data-differ=true]")).toBeNull();
    const grade = screen.getByTestId("grade-badge");
    expect(grade.textContent).toBe("Entered — · Computed 优 (Excellent)");
    expect(grade.getAttribute("data-state")).toBe("missing");
  });

  test("a grade mismatch shows both grades", async () => {
    const port = new FakePort();
    port.next.check = result(
      "check",
      evaluation([form({ grade: { cell: "J40", entered: "良", computed: "优" } })])
    );
    render(<App port={port} initialLang="en" />);
    await clickAndSettle("Check");
    openDetails();
    expect(screen.getByTestId("grade-badge").textContent).toBe(
      "Entered 良 (Good) · Computed 优 (Excellent)"
    );
  });

  test("the language toggle switches every pane string and the finding messages", async () => {
    const port = new FakePort();
    render(<App port={port} />);
    await clickAndSettle("检查");
    const zhText = document.body.textContent ?? "";
    fireEvent.click(screen.getByRole("button", { name: strings.zh.languageToggleLabel }));
    const enText = document.body.textContent ?? "";
    expect(enText).toContain("English FUND_SCORE");
    expect(enText).not.toContain("中文 FUND_SCORE");
    for (const name of ["Check", "Recompute and write", "Clear marks", "Undo"]) button(name);
    // Only the data of the form (project, indicator names, grade) may remain in Chinese.
    const cjk = enText
      .replace(/安可替代工程经费|数据平台|群众满意度|10个|优/g, "")
      .match(/[\u4e00-\u9fff]+/g);
    expect(cjk).toEqual(["中文"]); // the toggle offering to switch back
    expect(zhText).toContain("检查");
    fireEvent.click(screen.getByRole("button", { name: strings.en.languageToggleLabel }));
    expect(document.body.textContent).toBe(zhText);
  });

  test("user text renders literally, never as HTML", async () => {
    const port = new FakePort();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    port.next.check = result(
      "check",
      evaluation([
        form({
          project: evil,
          indicators: [{ ...form().indicators[0], name: evil, target: evil }],
          findings: [
            finding({ code: "IND_VALUE_UNPARSED", cell: "F25", message: { zh: evil, en: evil } }),
          ],
        }),
      ])
    );
    render(<App port={port} />);
    await clickAndSettle("检查");
    openDetails();
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("main script")).toBeNull();
    expect(screen.getByTestId("form-summary").textContent).toContain(evil);
    expect(screen.getByTestId("findings").textContent).toContain(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test("shows the ribbon command's last result when opened, and later ones as they come", async () => {
    const port = new FakePort();
    const store = new FakeStore();
    port.undoable = true;
    store.set(result("recompute", evaluation(), { written: 12 }));
    render(<App port={port} lastResult={store} />);
    expect(screen.getByTestId("result-line").textContent).toBe(
      "功能区“一键重算”的结果:已写入 12 个单元格；1 张表，剩余 2 个错误，1 个警告；已标记 0 个单元格。"
    );
    expect(button("撤销").disabled).toBe(false);
    expect(screen.getByTestId("findings")).toBeTruthy();

    await clickAndSettle("撤销");
    expect(port.calls).toEqual([["undo"], ["check", "sheet"]]);
    expect(document.body.textContent).toContain("已撤销 0 个单元格，并已重新检查。");

    port.undoable = true;
    act(() => store.set(result("recompute", null, { written: 3 })));
    await waitFor(() =>
      expect(screen.getByTestId("result-line").textContent).toContain("已写入 3 个单元格")
    );
    expect(button("撤销").disabled).toBe(false);
  });

  test("the pane's own results echoed by the store are not labelled as the ribbon's", async () => {
    const port = new FakePort();
    const store = new FakeStore();
    const own = result("check", evaluation());
    port.next.check = own;
    render(<App port={port} lastResult={store} />);
    await clickAndSettle("检查");
    act(() => store.set(own));
    expect(screen.getByTestId("result-line").textContent).toBe(
      "检查完成：1 张表，2 个错误，1 个警告，1 条提示；已标记 0 个单元格。"
    );
  });

  test("a ribbon failure stored before the pane opened shows in the error bar", async () => {
    const port = new FakePort();
    const store = new FakeStore();
    store.fail({ kind: "sheetProtected", sheets: ["Sheet1"] });
    render(<App port={port} lastResult={store} initialLang="en" />);
    expect(screen.getByTestId("error").textContent).toContain('Sheet "Sheet1" is protected');
    act(() => store.set(result("recompute", evaluation())));
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.getByTestId("result-line").textContent).toContain("Wrote 0 cell(s)");
  });

  test("outcomes the store publishes while the pane's own action runs are ignored", async () => {
    const port = new FakePort();
    const store = new FakeStore();
    let open: () => void = () => undefined;
    port.gate = new Promise((resolve) => (open = resolve));
    port.next.check = result("check", evaluation(), { highlighted: 1 });
    render(<App port={port} lastResult={store} />);
    await clickAndSettle("检查");
    act(() => store.set(result("check", evaluation(), { highlighted: 9 })));
    await act(async () => open());
    expect(screen.getByTestId("result-line").textContent).toBe(
      "检查完成：1 张表，2 个错误，1 个警告，1 条提示；已标记 1 个单元格。"
    );
  });
});
