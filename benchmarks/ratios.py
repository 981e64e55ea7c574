#!/usr/bin/env python3
"""Derives the ratios of docs/benchmarks.md from the recorded tables, so that no figure is typed by hand.

Reads the cow-queries, cow-load and cow-memory sections (as written by benchmarks/record.sh) and
rewrites the section between <!-- begin:cow-ratios --> and <!-- end:cow-ratios -->.
Usage: python3 benchmarks/ratios.py
"""
import html
import re

PATH = "docs/benchmarks.md"
UNITS = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}


def section(doc, name):
    m = re.search(r"<!-- begin:%s -->(.*?)<!-- end:%s -->" % (name, name), doc, re.S)
    return m.group(1) if m else ""


def means(text):
    result = {}
    for line in text.splitlines():
        cells = [html.unescape(c).strip().strip("'") for c in line.strip().strip("|").split("|")]
        if len(cells) > 2 and (cells[0].startswith("(") or cells[0].startswith("random mix")):
            value, unit = cells[1].replace(",", "").split()
            result[cells[0]] = float(value) * UNITS[unit]
    return result


doc = open(PATH, encoding="utf-8").read()
q = means(section(doc, "cow-queries"))
mix = means(section(doc, "cow-random"))
load = means(section(doc, "cow-load"))
cold = means(section(doc, "cow-cold"))
memory = section(doc, "cow-memory")
json_bytes = int(re.search(r"COW catalog JSON \| ([\d,]+) bytes", memory).group(1).replace(",", ""))
retained = int(re.search(r"retained on the heap \(with indexes\) \| ([\d,]+) bytes", memory).group(1).replace(",", ""))

lines = ["Random mix, first answers (memo off), per question:", "",
         "| query | OrgModel | naive LINQ ÷ OrgModel | SQLite ÷ OrgModel | target |", "| --- | ---: | ---: | ---: | --- |"]
for key in ["members of O on D", "organizations of S on D", "joint memberships of S and T on D"]:
    mine = mix[f"random mix, {key}: OrgModel, first answers"]
    linq = mix[f"random mix, {key}: naive LINQ"]
    sql = mix[f"random mix, {key}: SQLite"]
    lines.append(f"| {key} | {mine * 1e9:,.1f} ns | {linq / mine:,.0f}× | {sql / mine:,.1f}× | ≥ 500× LINQ, ≥ 20× SQLite |")
lines.append(f"| is S a member of O on D | {mix['random mix, is S a member of O on D: OrgModel'] * 1e9:,.1f} ns | — | — | ≤ 50 ns, 0 B |")
lines += ["", "The same question repeated (fixed day and parties; remembered answers for lists):", "",
          "| query | OrgModel | naive LINQ ÷ OrgModel | SQLite ÷ OrgModel | target |", "| --- | ---: | ---: | ---: | --- |"]
targets = {"(a)": "≤ 50 ns, 0 B", "(b)": "≥ 100× LINQ, ≥ 20× SQLite", "(c)": "—", "(d)": "—", "(e)": "≤ 5 µs"}
for key in ["(a) is member", "(b) organizations of a state", "(c) members of the UN", "(d) joint memberships", "(e) snapshot of the UN"]:
    mine = q[f"{key}: OrgModel"]
    linq = q.get(f"{key}: naive LINQ")
    sql = q.get(f"{key}: SQLite")
    lines.append(f"| {key} | {mine * 1e9:,.1f} ns | {f'{linq / mine:,.0f}×' if linq else '—'} | {f'{sql / mine:,.0f}×' if sql else '—'} | {targets[key[:3]]} |")

mine_load = load["(f) load catalog JSON"]
first_query = load["(f) load catalog JSON, then the first query (builds the query index)"]
invalid = load["(f) error path: read an invalid catalog (one bad status near the end)"]
validate = load["(f) error path: validate an invalid catalog"]
imp = load["(g) import the COW CSV (bundled, gzip)"]
cold_mine = cold["(f) first load in a fresh process"]
lines += [
    "",
    "| load | figure | target |",
    "| --- | ---: | --- |",
    f"| (f) JSON → catalog (every rule checked; no query index yet) | {json_bytes / mine_load / 1e6:,.1f} MB/s ({mine_load * 1e3:,.1f} ms for {json_bytes:,} bytes) | ≥ 180 MB/s |",
    f"| (f) JSON → catalog, then the first query, which builds the query index | {first_query * 1e3:,.1f} ms ({json_bytes / first_query / 1e6:,.1f} MB/s) | — |",
    f"| (f) error path: reading an invalid catalog of the same size ÷ reading the valid one | {invalid / mine_load:.2f} | about 1 |",
    f"| (f) error path: validating the invalid catalog ÷ reading the valid one | {validate / mine_load:.2f} | about 1 |",
    f"| (f) first load in a fresh process | {cold_mine * 1e3:,.0f} ms | — |",
    f"| (f) memory kept by the loaded catalog ÷ JSON size | {retained / json_bytes:.2f}× | ≤ 3× |",
    f"| (g) CSV import, from the bundled gzip resource | {imp * 1e3:,.0f} ms | ≤ 1 s |",
]
body = "\n".join(["Computed by `python3 benchmarks/ratios.py` from the tables recorded above.", ""] + lines)
doc = re.sub(r"<!-- begin:cow-ratios -->.*?<!-- end:cow-ratios -->", lambda _: f"<!-- begin:cow-ratios -->\n{body}\n<!-- end:cow-ratios -->", doc, flags=re.S)
open(PATH, "w", encoding="utf-8").write(doc)
print(body)
