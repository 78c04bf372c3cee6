/** @jest-environment jsdom */
// Offline manifest validation (the office-addin-manifest service is online-only): ids, versions,
// every resid, every URL, icon files and their pixel sizes, locales, requirement sets, shared runtime.
// The same checks run on manifest.xml (dev server) and on the production manifest that
// `npm run manifest:prod` generates from it for an intranet server.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
const devXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const DEV_BASE = "https://localhost:3000/";
const PROD_BASE = "https://intranet.example.cn/jxzp/";

interface ProdModule {
  productionManifest(xml: string, base: string, options?: { id?: string }): string;
}
const prod = require("../../scripts/manifest-prod.js") as ProdModule;

const MANIFESTS: [string, string, string][] = [
  ["manifest.xml (dev server)", devXml, DEV_BASE],
  [
    "production manifest (npm run manifest:prod)",
    prod.productionManifest(devXml, PROD_BASE),
    PROD_BASE,
  ],
];

describe.each(MANIFESTS)("%s", (_label, xml, BASE) => {
  const doc = new DOMParser().parseFromString(xml, "application/xml");

  /** Elements by local name anywhere in the document, whatever their namespace. */
  function all(localName: string): Element[] {
    return [...doc.getElementsByTagNameNS("*", localName)];
  }
  function one(localName: string): Element {
    const found = all(localName);
    expect(found).toHaveLength(1);
    return found[0];
  }
  /** Top-level children of <OfficeApp> (the VersionOverrides reuse names like Hosts and Description). */
  function top(localName: string): Element {
    const found = [...doc.documentElement.children].filter((e) => e.localName === localName);
    expect(found).toHaveLength(1);
    return found[0];
  }

  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(file: string): { width: number; height: number } {
    const buf = fs.readFileSync(file);
    expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  }

  /** The file in the repo that the dev server / production build serves at `url`. */
  function servedFile(url: string): string {
    const rel = url.slice(BASE.length);
    if (rel.startsWith("assets/")) return path.join(root, rel);
    return path.join(root, "src/taskpane", rel);
  }

  describe("the manifest", () => {
    test("is well-formed XML of a TaskPaneApp", () => {
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(doc.documentElement.localName).toBe("OfficeApp");
      expect(doc.documentElement.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    });

    test("has a GUID Id, an x.y.z.w Version, a provider and the Workbook host", () => {
      expect(top("Id").textContent).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
      );
      expect(top("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(top("ProviderName").textContent?.trim()).not.toBe("");
      const hosts = [...top("Hosts").children].map((h) => h.getAttribute("Name"));
      expect(hosts).toEqual(["Workbook"]);
      expect(top("Permissions").textContent).toBe("ReadWriteDocument");
    });

    test("the manifest version matches package.json's", () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
        version: string;
      };
      expect(top("Version").textContent).toBe(`${pkg.version}.0`);
    });

    test("defaults to zh-CN with en-US overrides for the display name, description and ribbon strings", () => {
      expect(top("DefaultLocale").textContent).toBe("zh-CN");
      for (const el of [top("DisplayName"), top("Description")]) {
        expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
        const override = [...el.children].find((c) => c.localName === "Override");
        expect(override?.getAttribute("Locale")).toBe("en-US");
        expect(override?.getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
      }
      const strings = [...doc.getElementsByTagNameNS(BT, "String")];
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const overrides = [...s.getElementsByTagNameNS(BT, "Override")];
        expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
        expect(s.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
        expect(overrides[0].getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
      }
    });

    test("every resid is defined once in Resources, with the right kind of resource", () => {
      const defined = new Map<string, string>();
      for (const kind of ["Image", "Url", "String"]) {
        for (const el of doc.getElementsByTagNameNS(BT, kind)) {
          const id = el.getAttribute("id");
          if (id === null) continue; // <bt:Image size resid> inside <Icon> are references
          expect(defined.has(id)).toBe(false);
          defined.set(id, kind);
        }
      }
      const refs = [...doc.getElementsByTagName("*")].filter((e) => e.hasAttribute("resid"));
      expect(refs.length).toBeGreaterThan(10);
      for (const ref of refs) {
        const id = ref.getAttribute("resid") as string;
        const kind = defined.get(id);
        expect({ id, kind: kind ?? "undefined" }).toEqual({ id, kind: expect.any(String) });
        const expected =
          ref.localName === "Image"
            ? "Image"
            : ["Runtime", "FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(ref.localName)
              ? "Url"
              : "String";
        expect(`${ref.localName} → ${id}: ${kind}`).toBe(`${ref.localName} → ${id}: ${expected}`);
      }
    });

    test("every URL is on its base and names a file the build serves", () => {
      const urls = [
        ...[...doc.getElementsByTagName("*")].flatMap((e) =>
          ["DefaultValue", "Value"]
            .map((a) => e.getAttribute(a))
            .filter((v): v is string => v !== null && /^\w+:\/\//.test(v))
        ),
        ...all("AppDomain").map((e) => e.textContent ?? ""),
      ];
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) {
        if (all("AppDomain").some((e) => e.textContent === url)) {
          // An AppDomain is an origin (scheme and host), not a folder.
          expect(url).toBe(new URL(BASE).origin);
          continue;
        }
        expect(url.startsWith(BASE)).toBe(true);
        expect({ url, exists: fs.existsSync(servedFile(url)) }).toEqual({ url, exists: true });
      }
      const source = top("DefaultSettings").getElementsByTagNameNS("*", "SourceLocation")[0];
      expect(source.getAttribute("DefaultValue")).toBe(`${BASE}taskpane.html`);
      const taskpaneUrl = [...doc.getElementsByTagNameNS(BT, "Url")].find(
        (u) => u.getAttribute("id") === "Taskpane.Url"
      );
      expect(taskpaneUrl?.getAttribute("DefaultValue")).toBe(`${BASE}taskpane.html`);
    });

    test("every icon exists in assets/ with its declared pixel size", () => {
      const sizeOf = new Map<string, number>();
      for (const img of doc.getElementsByTagNameNS(BT, "Image")) {
        const resid = img.getAttribute("resid");
        if (resid) sizeOf.set(resid, Number(img.getAttribute("size")));
      }
      const checked: string[] = [];
      for (const img of doc.getElementsByTagNameNS(BT, "Image")) {
        const id = img.getAttribute("id");
        if (!id) continue;
        const url = img.getAttribute("DefaultValue") as string;
        const file = servedFile(url);
        const declared = sizeOf.get(id);
        expect(declared).toBeDefined();
        expect(pngSize(file)).toEqual({ width: declared, height: declared });
        expect(path.basename(file)).toMatch(new RegExp(`-${declared}\\.png$`));
        checked.push(id);
      }
      expect(checked.length).toBe(6);
      expect(pngSize(servedFile(top("IconUrl").getAttribute("DefaultValue") as string))).toEqual({
        width: 32,
        height: 32,
      });
      expect(
        pngSize(servedFile(top("HighResolutionIconUrl").getAttribute("DefaultValue") as string))
      ).toEqual({ width: 64, height: 64 });
      // The 16/32/64/80 set the issue asks for is present.
      for (const size of [16, 32, 64, 80]) {
        expect(pngSize(path.join(root, `assets/icon-${size}.png`))).toEqual({
          width: size,
          height: size,
        });
      }
    });

    test("requires ExcelApi 1.4 only: no SharedRuntime at the top, so Excel without it still loads the add-in", () => {
      const sets = Object.fromEntries(
        all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])
      );
      expect(sets).toEqual({ ExcelApi: "1.4" });
      expect(top("Requirements").getElementsByTagNameNS("*", "Set")).toHaveLength(1);
    });

    test("wires the shared runtime where there is one, without requirements that would drop the ribbon", () => {
      const overrides = top("VersionOverrides");
      expect(overrides.getAttributeNS(XSI, "type")).toBe("VersionOverridesV1_0");
      // A <Requirements> here would turn off every override (the ribbon) on Excel without SharedRuntime.
      expect([...overrides.children].map((c) => c.localName)).not.toContain("Requirements");
      const runtime = one("Runtime");
      expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
      expect(runtime.getAttribute("lifetime")).toBe("long");
      expect(one("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
    });

    test("the Home tab has the 绩效自评 group with 打开助手 (ShowTaskpane) and 一键重算 (ExecuteFunction recompute)", () => {
      const tab = one("OfficeTab");
      expect(tab.getAttribute("id")).toBe("TabHome");
      const label = (resid: string | null) =>
        [...doc.getElementsByTagNameNS(BT, "String")]
          .find((s) => s.getAttribute("id") === resid)
          ?.getAttribute("DefaultValue");
      const group = one("Group");
      const groupLabel = [...group.children].find((c) => c.localName === "Label");
      expect(label(groupLabel?.getAttribute("resid") ?? null)).toBe("绩效自评");
      const controls = all("Control").map((c) => {
        const action = c.getElementsByTagNameNS("*", "Action")[0];
        const lbl = [...c.children].find((e) => e.localName === "Label");
        return {
          label: label(lbl?.getAttribute("resid") ?? null),
          action: action.getAttributeNS(XSI, "type"),
          fn: action.getElementsByTagNameNS("*", "FunctionName")[0]?.textContent ?? null,
        };
      });
      expect(controls).toEqual([
        { label: "打开助手", action: "ShowTaskpane", fn: null },
        { label: "一键重算", action: "ExecuteFunction", fn: "recompute" },
      ]);
      const ids = all("Control").map((c) => c.getAttribute("id"));
      expect(new Set(ids).size).toBe(ids.length);
    });

    test("the FunctionName matches the action the bundle registers", () => {
      const source = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
      const fn = one("FunctionName").textContent;
      expect(source).toContain(`Office.actions.associate("${fn}"`);
    });
  });
});

describe("npm run manifest:prod", () => {
  const gen = (base: string, options?: { id?: string }) =>
    prod.productionManifest(devXml, base, options);

  test("moves every URL and nothing else: the same manifest with the dev base replaced", () => {
    const out = gen(PROD_BASE);
    expect(out).not.toContain("localhost");
    const back = out
      .split(PROD_BASE)
      .join(DEV_BASE)
      .replace(
        "<AppDomain>https://intranet.example.cn</AppDomain>",
        "<AppDomain>https://localhost:3000</AppDomain>"
      );
    const strip = (x: string) => x.replace(/^<!--.*-->$/m, "");
    expect(strip(back)).toBe(strip(devXml));
  });

  test("keeps the Id and the version unless another Id is asked for", () => {
    const id = /<Id>([^<]*)<\/Id>/;
    expect(id.exec(gen(PROD_BASE))?.[1]).toBe(id.exec(devXml)?.[1]);
    const other = "2c9a6f4e-1d3b-4c5a-9e7f-0a1b2c3d4e5f";
    expect(id.exec(gen(PROD_BASE, { id: other }))?.[1]).toBe(other);
    expect(() => gen(PROD_BASE, { id: "not-a-guid" })).toThrow(/GUID/);
  });

  test("takes a base without its trailing slash, and refuses http, queries and non-URLs in zh and en", () => {
    expect(gen("https://intranet.example.cn/jxzp")).toBe(gen(PROD_BASE));
    expect(gen("https://addins.example.cn")).toContain(
      'DefaultValue="https://addins.example.cn/taskpane.html"'
    );
    for (const bad of [
      "http://intranet.example.cn/jxzp/",
      "https://x.cn/a/?v=1",
      "file:///share/jxzp/",
      "jxzp",
    ]) {
      expect(() => gen(bad)).toThrow(/[\u4e00-\u9fff]/);
    }
  });

  test("writes dist/manifest/manifest.xml from the command line, or exits 2 with a usage line", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-manifest-")), "m.xml");
    const ok = spawnSync(
      "node",
      ["scripts/manifest-prod.js", "--base-url", PROD_BASE, "--out", out],
      {
        cwd: root,
        encoding: "utf8",
      }
    );
    expect(ok.status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toBe(gen(PROD_BASE));
    const env = { ...process.env, JXZP_BASE_URL: "" };
    const usage = spawnSync("node", ["scripts/manifest-prod.js"], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--base-url/);
    const viaEnv = spawnSync("node", ["scripts/manifest-prod.js", "--out", out], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, JXZP_BASE_URL: "https://addins.example.cn/" },
    });
    expect(viaEnv.status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toContain("https://addins.example.cn/taskpane.html");
  });
});
