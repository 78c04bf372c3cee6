// The bench's `wps` measures: ET calls of the WPS adapter per form (on the fake ET, which counts every
// member call), for one form and for many stacked forms: the cost must follow the forms, not grow faster.
import { createWpsPort } from "../src/wps/port";
import { buildXlsx } from "../testkit/fixtures/build";
import { cleanForm } from "../testkit/fixtures/forms";
import { mistakesForm } from "../testkit/fixtures/mistakes";
import type { Layout, WorkbookSpec } from "../testkit/fixtures/spec";
import { fakeBookFromBytes, fakeWps } from "../testkit/wps-fake";
import type { Result } from "./run";

const LAYOUTS: Layout[] = ["shanxi", "central-2020", "sichuan"];

function stacked(n: number): WorkbookSpec {
  const forms = Array.from({ length: n }, (_, i) =>
    i % 2 ? cleanForm(LAYOUTS[i % 3]) : mistakesForm(LAYOUTS[i % 3])
  );
  return { sheets: [{ name: "自评表", forms: forms.map((form) => ({ form })) }] };
}

async function callsPerForm(n: number, action: "check" | "recompute"): Promise<number> {
  const wps = fakeWps(fakeBookFromBytes(new Uint8Array(await buildXlsx(stacked(n)))));
  const port = createWpsPort(
    { app: wps.et.Application, storage: wps.PluginStorage },
    { publish: false }
  );
  await port[action]("sheet");
  return wps.et.calls.count / n;
}

export async function wpsBench(): Promise<Result[]> {
  const out: Result[] = [];
  for (const action of ["check", "recompute"] as const) {
    const one = await callsPerForm(1, action);
    // 6 forms = two of each layout, clean and mistaken: the per-form cost of a realistic mix.
    const mix = await callsPerForm(6, action);
    const many = await callsPerForm(60, action);
    out.push({
      area: "adapter",
      measure: `WPS ${action}: ET calls per form (60 stacked forms)`,
      value: Math.round(many),
      unit: "calls",
      target: "≤ 700",
      ok: many <= 700,
    });
    const growth = many / mix;
    out.push({
      area: "adapter",
      measure: `WPS ${action}: ET calls per form, 60 forms ÷ 6 forms (one form: ${Math.round(one)})`,
      value: Math.round(growth * 100) / 100,
      unit: "×",
      target: "≤ 1.1×",
      ok: growth <= 1.1,
    });
  }
  return out;
}
