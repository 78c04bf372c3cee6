// The deployable files around the WPS add-in folder: jsplugins.xml (what oem.ini's JSPluginsServer
// points WPS at), publish.xml (the per-user list WPS keeps in jsaddons/), and the offline zip.
// Pure functions (no webpack): scripts/build-wps.js calls them; test/wps/package.test.ts checks them.
"use strict";
const fs = require("fs");
const path = require("path");

/** The add-in's name as WPS lists it (ASCII: WPS derives the offline folder name `<name>_<version>`). */
const ADDIN_NAME = "jxzp";
/** An ET (表格) add-in: WPS loads it in 表格 only, not in 文字 / 演示. */
const ADDIN_TYPE = "et";

function escapeXml(s) {
  return String(s).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]
  );
}

/** `http://intranet/jxzp` → `http://intranet/jxzp/`; only http(s) and file URLs are accepted. */
function normalizeBaseUrl(url) {
  const u = String(url || "").trim();
  if (!/^(https?|file):\/\/\S+$/i.test(u)) {
    throw new Error(`--base-url must be an http(s):// or file:// URL, got "${u}"`);
  }
  return u.endsWith("/") ? u : `${u}/`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Online mode: WPS loads ribbon.xml and the pages from the folder at `baseUrl` on every start. */
function jspluginsXml({ baseUrl, name = ADDIN_NAME }) {
  const url = normalizeBaseUrl(baseUrl);
  return `${XML_HEAD}<jsplugins>\n  <jspluginonline name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(url)}" />\n</jsplugins>\n`;
}

/** Offline mode: WPS fetches the packed folder once (`<name>.7z` beside jsplugins.xml) and unpacks it. */
function offlineJspluginsXml({ baseUrl, version, name = ADDIN_NAME, archive = `${name}.7z` }) {
  const url = normalizeBaseUrl(baseUrl) + archive;
  return `${XML_HEAD}<jsplugins>\n  <jsplugin name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(url)}" version="${escapeXml(version)}" enable="true" />\n</jsplugins>\n`;
}

/** The per-user list (`%APPDATA%\kingsoft\wps\jsaddons\publish.xml`), for a machine set up by hand. */
function publishXml({ baseUrl, name = ADDIN_NAME }) {
  const url = normalizeBaseUrl(baseUrl);
  return `${XML_HEAD}<jsplugins>\n  <jspluginonline name="${escapeXml(name)}" type="${ADDIN_TYPE}" url="${escapeXml(url)}" enable="enable" install="null" />\n</jsplugins>\n`;
}

function filesUnder(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(path.join(dir, e.name), rel) : [rel];
  });
}

/**
 * The offline package as a zip whose one folder is `<name>_<version>/` (the layout WPS unpacks into
 * jsaddons/). WPS's own offline download expects 7z; no npm package writes 7z without a native
 * binary, so IT either unpacks this zip into jsaddons/ or re-packs the folder with 7-Zip.
 */
function offlineZip(folder, { version, name = ADDIN_NAME }) {
  const { zipSync } = require("fflate");
  const root = `${name}_${version}`;
  const entries = {};
  for (const rel of filesUnder(folder).sort()) {
    // A fixed date: the same build makes the same bytes.
    entries[`${root}/${rel}`] = [
      new Uint8Array(fs.readFileSync(path.join(folder, rel))),
      { mtime: new Date(2020, 0, 1) },
    ];
  }
  return zipSync(entries, { level: 9 });
}

/** Writes jsplugins.xml, jsplugins-offline.xml, publish.xml and the zip beside the add-in folder. */
function writePackage({ outDir, folder, baseUrl, version, name = ADDIN_NAME }) {
  const written = {
    "jsplugins.xml": jspluginsXml({ baseUrl, name }),
    "jsplugins-offline.xml": offlineJspluginsXml({ baseUrl, version, name }),
    "publish.xml": publishXml({ baseUrl, name }),
  };
  for (const [file, text] of Object.entries(written))
    fs.writeFileSync(path.join(outDir, file), text);
  const zipName = `${name}_${version}.zip`;
  fs.writeFileSync(path.join(outDir, zipName), offlineZip(folder, { version, name }));
  return [...Object.keys(written), zipName];
}

module.exports = {
  ADDIN_NAME,
  ADDIN_TYPE,
  escapeXml,
  normalizeBaseUrl,
  jspluginsXml,
  offlineJspluginsXml,
  publishXml,
  offlineZip,
  writePackage,
};
