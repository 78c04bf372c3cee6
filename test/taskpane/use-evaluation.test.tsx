/** @jest-environment jsdom */
// The pane's hook hands its EvaluateOptions to the port's check and recompute.
import { act, renderHook } from "@testing-library/react";
import type { EvaluateOptions } from "../../src/core";
import { useEvaluation } from "../../src/taskpane/hooks/useEvaluation";
import { FakePort } from "./fake-port";

test("check and recompute receive the hook's options; clear takes the scope; undo re-checks", async () => {
  const port = new FakePort();
  const options: EvaluateOptions = { profile: "shanxi", gradeBands: [80, 70, 60] };
  const { result } = renderHook(() => useEvaluation(port, undefined, { options }));
  for (const action of ["check", "recompute", "clear", "undo"] as const)
    await act(() => result.current.run(action));
  expect(port.calls).toEqual([
    ["check", "sheet", options],
    ["recompute", "sheet", options],
    ["clear", "sheet"],
    ["undo"],
    ["check", "sheet", options],
  ]);
});

test("with marks off, check and recompute pass mark: false", async () => {
  const port = new FakePort();
  const { result } = renderHook(() => useEvaluation(port, undefined, { mark: false }));
  await act(() => result.current.run("check"));
  await act(() => result.current.run("recompute"));
  expect(port.calls).toEqual([
    ["check", "sheet", undefined, { mark: false }],
    ["recompute", "sheet", undefined, { mark: false }],
  ]);
});

test("an edit reported by watch marks the shown result stale; a new check clears it", async () => {
  jest.useFakeTimers({ now: 0 });
  try {
    const port = new FakePort();
    const { result } = renderHook(() => useEvaluation(port));
    await act(async () => undefined);
    expect(port.changed).not.toBeNull();
    await act(() => result.current.run("check"));
    // Right after our own action an event is taken for its echo.
    act(() => port.changed?.());
    expect(result.current.stale).toBe(false);
    jest.setSystemTime(5000);
    act(() => port.changed?.());
    expect(result.current.stale).toBe(true);
    await act(() => result.current.run("check"));
    expect(result.current.stale).toBe(false);
  } finally {
    jest.useRealTimers();
  }
});
