#!/usr/bin/env python3
"""Draws docs/growth.svg from the growth and growth-memory tables recorded in docs/benchmarks.md.

Each measure is shown relative to its own value at 1x, against the catalog's scale (1x, 10x, 100x),
on log-log axes, beside the two reference lines a reader compares with: constant (1) and linear
(equal to the scale). No figure is typed by hand: the script reads the recorded tables.
Usage: python3 benchmarks/growth-chart.py
"""
import html
import math
import re

PATH = "docs/benchmarks.md"
OUT = "docs/growth.svg"
UNITS = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}

doc = open(PATH, encoding="utf-8").read()


def section(name):
    m = re.search(r"<!-- begin:%s -->(.*?)<!-- end:%s -->" % (name, name), doc, re.S)
    if not m:
        raise SystemExit(f"no recorded section '{name}' in {PATH}")
    return m.group(1)


series = {}
header = None
for line in section("growth").splitlines():
    cells = [html.unescape(c).strip().replace("**", "").strip("'") for c in line.strip().strip("|").split("|")]
    if len(cells) < 3:
        continue
    if cells[0] == "Method":
        header = cells
        continue
    if header is None or cells[0].startswith("-"):
        continue
    row = dict(zip(header, cells))
    value, unit = row["Mean"].replace(",", "").split()
    series.setdefault(row["Method"], {})[int(row["Scale"])] = float(value) * UNITS[unit]

for line in section("growth-memory").splitlines():
    m = re.match(r"\|\s*(\d+)×\s*\|.*\|\s*([\d,]+) bytes\s*\|", line)
    if m:
        series.setdefault("memory kept (catalog and index)", {})[int(m.group(1))] = float(m.group(2).replace(",", ""))

scales = [1, 10, 100]
W, H, L, R, T, B = 840, 440, 70, 380, 30, 50
ymax = 1000.0


def x(s):
    return L + (W - L - R) * math.log10(s) / 2


def y(v):
    v = min(max(v, 0.1), ymax)
    return T + (H - T - B) * (1 - (math.log10(v) + 1) / (math.log10(ymax) + 1))


colours = ["#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#6a4c93", "#00798c"]
parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
         '<title>How OrgModel\'s costs grow with the catalog, relative to 1x</title>',
         f'<rect width="{W}" height="{H}" fill="white"/>']
for v in [0.1, 1, 10, 100, 1000]:
    parts.append(f'<line x1="{L}" y1="{y(v):.1f}" x2="{W - R}" y2="{y(v):.1f}" stroke="#ddd"/>')
    parts.append(f'<text x="{L - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}×</text>')
for s in scales:
    parts.append(f'<line x1="{x(s):.1f}" y1="{T}" x2="{x(s):.1f}" y2="{H - B}" stroke="#ddd"/>')
    parts.append(f'<text x="{x(s):.1f}" y="{H - B + 18}" text-anchor="middle">{s}× catalog</text>')
parts.append(f'<text x="{(L + W - R) / 2:.1f}" y="{H - 8}" text-anchor="middle">catalog size (534 to 53,400 organizations)</text>')
parts.append(f'<text x="16" y="{(T + H - B) / 2:.1f}" transform="rotate(-90 16 {(T + H - B) / 2:.1f})" text-anchor="middle">cost relative to 1×</text>')
for label, f, dash in [("linear (grows with size)", lambda s: s, "6 4"), ("constant", lambda s: 1, "2 4")]:
    pts = " ".join(f"{x(s):.1f},{y(f(s)):.1f}" for s in scales)
    parts.append(f'<polyline points="{pts}" fill="none" stroke="#888" stroke-dasharray="{dash}"><title>{label}</title></polyline>')
legend_y = T + 10
for i, (label, dash) in enumerate([("reference: linear", "6 4"), ("reference: constant", "2 4")]):
    parts.append(f'<line x1="{W - R + 16}" y1="{legend_y:.1f}" x2="{W - R + 40}" y2="{legend_y:.1f}" stroke="#888" stroke-dasharray="{dash}"/>')
    parts.append(f'<text x="{W - R + 46}" y="{legend_y + 4:.1f}">{label}</text>')
    legend_y += 20
for i, (name, values) in enumerate(sorted(series.items())):
    if 1 not in values:
        continue
    colour = colours[i % len(colours)]
    pts = [(s, values[s] / values[1]) for s in scales if s in values]
    title = html.escape(name) + ": " + ", ".join(f"{s}× → {r:.2f}×" for s, r in pts)
    parts.append(f'<polyline points="{" ".join(f"{x(s):.1f},{y(r):.1f}" for s, r in pts)}" fill="none" stroke="{colour}" stroke-width="2.5"><title>{title}</title></polyline>')
    for s, r in pts:
        parts.append(f'<circle cx="{x(s):.1f}" cy="{y(r):.1f}" r="4" fill="{colour}"><title>{html.escape(name)} at {s}×: {r:.2f}× the 1× cost</title></circle>')
    parts.append(f'<line x1="{W - R + 16}" y1="{legend_y:.1f}" x2="{W - R + 40}" y2="{legend_y:.1f}" stroke="{colour}" stroke-width="2.5"/>')
    parts.append(f'<text x="{W - R + 46}" y="{legend_y + 4:.1f}">{html.escape(name[:56])}</text>')
    legend_y += 20
parts.append("</svg>")
open(OUT, "w", encoding="utf-8").write("\n".join(parts) + "\n")
print(f"wrote {OUT} with {len(series)} measures")
