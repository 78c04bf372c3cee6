// Bundled into one browser script by the built add-in's e2e test: defines `__jxzpFakeWps`.
import { installFakeWps, bookToJson } from "../../testkit/wps-fake/browser";

Object.assign(globalThis, { __jxzpFakeWps: { installFakeWps, bookToJson } });
