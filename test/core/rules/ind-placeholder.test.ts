// IND_PLACEHOLDER: `**`, `≥**%`, `XX`, `指标1` left from the template in a name, target or actual.
import { cleanForm } from "../../../testkit/fixtures/forms";
import type { Layout } from "../../../testkit/fixtures/spec";
import { at, perLayout, ruleTester, withInd, type Case, type InvalidCase } from "./harness";

const clean = (l: Layout) => cleanForm(l);

ruleTester("IND_PLACEHOLDER", {
  valid: [
    ...perLayout<Case>("clean form", (l) => ({ spec: clean(l) })),
    ...perLayout<Case>("`指标1:` before a real name is a prefix, not a placeholder", (l) => ({
      spec: withInd(clean(l), 0, { name: "指标1:培训人次" }),
    })),
  ],
  invalid: [
    ...perLayout<InvalidCase>("`≥**%` target and `**` actual", (l) => ({
      spec: withInd(clean(l), 1, { value: "**", actual: "**" }),
      findings: [
        { severity: "warning", cell: at.target(1) },
        { severity: "warning", cell: at.ind(1, "actual") },
      ],
      absent: ["IND_ACTUAL_NOT_MEASURED"],
    })),
    ...perLayout<InvalidCase>("`XX人次` target", (l) => ({
      spec: withInd(clean(l), 0, { value: "XX" }),
      findings: [{ severity: "warning", cell: at.target(0) }],
    })),
    ...perLayout<InvalidCase>("a name left as `指标1`", (l) => ({
      spec: withInd(clean(l), 0, { name: "指标1" }),
      findings: [{ severity: "warning", cell: at.ind(0, "name") }],
      absent: ["IND_INCOMPLETE"],
    })),
  ],
});
