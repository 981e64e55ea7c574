// Renders an SVG file to PNG with resvg, using the fonts of the system, and prints what a person would
// first check as JSON: the size, how much of the picture is not white, and how many rows start with the
// row mark (a small square of the colour given, at the left edge).
// Usage: node svg-to-png.mjs IN.svg OUT.png '#123456'
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const [input, output, mark] = process.argv.slice(2);
const rendered = new Resvg(readFileSync(input, 'utf8'), { background: 'white', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
writeFileSync(output, rendered.asPng());

const { width, height, pixels } = rendered;
const at = (x, y) => pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3);
let inked = 0;
for (let i = 0; i < width * height; i++) {
  if (pixels[i * 4] < 240 || pixels[i * 4 + 1] < 240 || pixels[i * 4 + 2] < 240) inked++;
}
const [r, g, b] = [1, 3, 5].map((i) => parseInt(mark.slice(i, i + 2), 16));
let rows = 0, inside = false;
for (let y = 0; y < height; y++) {
  const [pr, pg, pb] = at(8, y);
  const isMark = Math.abs(pr - r) < 8 && Math.abs(pg - g) < 8 && Math.abs(pb - b) < 8;
  if (isMark && !inside) rows++;
  inside = isMark;
}
process.stdout.write(JSON.stringify({ width, height, inked: inked / (width * height), rows }) + '\n');
