// Draws the add-in's own icons (a checkmark / a recompute arrow on a green sheet) as PNGs with pngjs.
// Run `node scripts/make-icons.js`; the PNGs are committed, so the build never needs this script.
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;
const GREEN = [30, 123, 69];
const GRID = [120, 190, 140];
const WHITE = [255, 255, 255];

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && Math.hypot(x - cx, y - cy) <= r;
}

function inTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

const glyphs = {
  // The add-in / 打开助手: a tick on the sheet.
  check(x, y) {
    const stroke = 0.1;
    return (
      distToSegment(x, y, 0.27, 0.52, 0.43, 0.68) <= stroke / 2 ||
      distToSegment(x, y, 0.43, 0.68, 0.75, 0.33) <= stroke / 2
    );
  },
  // 一键重算: a circular arrow on the sheet.
  recompute(x, y) {
    const r = 0.23;
    const stroke = 0.09;
    const d = Math.hypot(x - 0.5, y - 0.52);
    let angle = (Math.atan2(y - 0.52, x - 0.5) * 180) / Math.PI;
    if (angle < 0) angle += 360;
    const onArc = Math.abs(d - r) <= stroke / 2 && !(angle > 285 && angle < 345);
    const tip = [
      [0.5 + r * 1.55 * Math.cos(-1.3), 0.52 + r * 1.55 * Math.sin(-1.3)],
      [0.5 + r * 0.45 * Math.cos(-1.3), 0.52 + r * 0.45 * Math.sin(-1.3)],
      [0.5 + r * Math.cos(-0.55) + 0.06, 0.52 + r * Math.sin(-0.55) - 0.12],
    ];
    return onArc || inTriangle(x, y, tip);
  },
};

/** The colour at (x, y) in unit coordinates, or null outside the icon. */
function colourAt(x, y, glyph, size) {
  const m = 0.06;
  if (!inRoundedRect(x, y, m, m, 1 - m, 1 - m, 0.14)) return null;
  if (glyph(x, y)) return WHITE;
  // Grid lines read as a spreadsheet from 32 px up; at 16 px they would only blur the glyph.
  if (size >= 32) {
    const line = 0.025;
    for (const g of [0.3, 0.5, 0.7]) if (Math.abs(y - g) < line / 2) return GRID;
    if (Math.abs(x - 0.3) < line / 2) return GRID;
  }
  return GREEN;
}

function draw(size, glyph) {
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / n) / size,
            (py + (sy + 0.5) / n) / size,
            glyph,
            size
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return PNG.sync.write(png);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size, glyphs.check));
    fs.writeFileSync(path.join(dir, `icon-recompute-${size}.png`), draw(size, glyphs.recompute));
  }
  console.log(`wrote ${SIZES.length * 2} icons to ${dir}`);
}

main();
