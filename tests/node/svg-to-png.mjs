// Renders an SVG file to PNG with resvg, using the fonts of the system. Usage: node svg-to-png.mjs IN.svg OUT.png
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(process.argv[2], 'utf8');
const png = new Resvg(svg, { background: 'white', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
writeFileSync(process.argv[3], png);
