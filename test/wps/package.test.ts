/** @jest-environment jsdom */
// The deployable files of `npm run build:wps`: jsplugins.xml (online and offline), publish.xml and the
// offline zip, for a configurable base URL; well-formed XML naming an ET add-in at that URL.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";

// CommonJS build script helpers (scripts/ is plain Node, run by npm run build:wps).
const pkg = require("../../scripts/wps-package.js") as {
  ADDIN_NAME: string;
  normalizeBaseUrl(url: string): string;
  jspluginsXml(o: { baseUrl: string }): string;
  offlineJspluginsXml(o: { baseUrl: string; version: string }): string;
  publishXml(o: { baseUrl: string }): string;
  writePackage(o: { outDir: string; folder: string; baseUrl: string; version: string }): string[];
};

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

describe("WPS packaging", () => {
  test("jsplugins.xml (online) names the ET add-in at the base URL, with a trailing slash", () => {
    const doc = parse(pkg.jspluginsXml({ baseUrl: "http://10.1.2.3/财政/jxzp" }));
    expect(doc.documentElement.localName).toBe("jsplugins");
    const entry = doc.getElementsByTagName("jspluginonline")[0];
    expect(entry.getAttribute("name")).toBe("jxzp");
    expect(entry.getAttribute("type")).toBe("et");
    expect(entry.getAttribute("url")).toBe("http://10.1.2.3/财政/jxzp/");
  });

  test("the offline jsplugins.xml points at the packed folder with its version; publish.xml is per-user", () => {
    const off = parse(
      pkg.offlineJspluginsXml({ baseUrl: "http://intranet/jxzp/", version: "0.1.0" })
    );
    const entry = off.getElementsByTagName("jsplugin")[0];
    expect(entry.getAttribute("url")).toBe("http://intranet/jxzp/jxzp.7z");
    expect(entry.getAttribute("version")).toBe("0.1.0");
    expect(entry.getAttribute("type")).toBe("et");
    const pub = parse(pkg.publishXml({ baseUrl: "http://intranet/jxzp/" }));
    expect(pub.getElementsByTagName("jspluginonline")[0].getAttribute("url")).toBe(
      "http://intranet/jxzp/"
    );
  });

  test("URLs are escaped, and anything but http(s) / file URLs is refused", () => {
    const doc = parse(pkg.jspluginsXml({ baseUrl: "http://intranet/a?x=1&y=2" }));
    expect(doc.getElementsByTagName("jspluginonline")[0].getAttribute("url")).toBe(
      "http://intranet/a?x=1&y=2/"
    );
    expect(() => pkg.normalizeBaseUrl("intranet/jxzp")).toThrow(/--base-url/);
    expect(() => pkg.normalizeBaseUrl("")).toThrow(/--base-url/);
    expect(pkg.normalizeBaseUrl("file:///D:/jsaddons/jxzp")).toBe("file:///D:/jsaddons/jxzp/");
  });

  test("writePackage writes the three XML files and a zip of the folder under <name>_<version>/", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "jxzp-wps-"));
    try {
      const folder = path.join(out, "jxzp");
      fs.mkdirSync(path.join(folder, "assets"), { recursive: true });
      fs.writeFileSync(path.join(folder, "index.html"), "<html></html>");
      fs.writeFileSync(path.join(folder, "ribbon.xml"), "<customUI/>");
      fs.writeFileSync(path.join(folder, "assets/icon-32.png"), "png");
      const files = pkg.writePackage({
        outDir: out,
        folder,
        baseUrl: "http://intranet/jxzp",
        version: "0.1.0",
      });
      expect(files).toEqual([
        "jsplugins.xml",
        "jsplugins-offline.xml",
        "publish.xml",
        "jxzp_0.1.0.zip",
      ]);
      for (const f of files.slice(0, 3)) parse(fs.readFileSync(path.join(out, f), "utf8"));
      const zip = unzipSync(new Uint8Array(fs.readFileSync(path.join(out, "jxzp_0.1.0.zip"))));
      expect(Object.keys(zip).sort()).toEqual([
        "jxzp_0.1.0/assets/icon-32.png",
        "jxzp_0.1.0/index.html",
        "jxzp_0.1.0/ribbon.xml",
      ]);
      // The same folder packs to the same bytes (fixed dates).
      const again = pkg.writePackage({
        outDir: out,
        folder,
        baseUrl: "http://intranet/jxzp",
        version: "0.1.0",
      });
      expect(again).toEqual(files);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test("the webpack config builds the add-in folder from src/wps with both pages and ribbon.xml", () => {
    const config = require("../../webpack.wps.config.js")({}, { mode: "production" }) as {
      entry: Record<string, string>;
      output: { path: string };
      plugins: { userOptions?: { filename?: string } }[];
    };
    expect(config.entry).toEqual({ main: "./src/wps/main.ts", pane: "./src/wps/pane/index.tsx" });
    expect(config.output.path).toBe(path.resolve(__dirname, "../../dist/wps/jxzp"));
    const pages = config.plugins.map((p) => p.userOptions?.filename).filter(Boolean);
    expect(pages).toEqual(["index.html", "taskpane.html"]);
  });

  test("the pages load nothing from the network and the pane keeps the Trident fallback", () => {
    for (const page of ["src/wps/index.html", "src/wps/pane/taskpane.html"]) {
      const html = fs.readFileSync(path.join(__dirname, "../..", page), "utf8");
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/office\.js/);
    }
    const pane = fs.readFileSync(path.join(__dirname, "../../src/wps/pane/taskpane.html"), "utf8");
    expect(pane).toContain("/Trident|Edge\\//.test(navigator.userAgent)");
    expect(pane).toContain("window.__jxzpUnsupported = true");
    expect(pane).toContain('<meta name="renderer" content="webkit" />');
  });
});
