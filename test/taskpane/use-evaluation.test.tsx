/** @jest-environment jsdom */
// The pane's hook hands its EvaluateOptions to the port's check and recompute.
import { act, renderHook } from "@testing-library/react";
import type { EvaluateOptions } from "../../src/core";
import { useEvaluation } from "../../src/taskpane/hooks/useEvaluation";
import { FakePort } from "./fake-port";

test("check and recompute receive the hook's options; clear and undo take none", async () => {
  const port = new FakePort();
  const options: EvaluateOptions = { profile: "shanxi", gradeBands: [80, 70, 60] };
  const { result } = renderHook(() => useEvaluation(port, undefined, options));
  for (const action of ["check", "recompute", "clear", "undo"] as const)
    await act(() => result.current.run(action));
  expect(port.calls).toEqual([
    ["check", "sheet", options],
    ["recompute", "sheet", options],
    ["clear"],
    ["undo"],
  ]);
});
