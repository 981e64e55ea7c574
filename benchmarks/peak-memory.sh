#!/usr/bin/env bash
# Peak resident memory while reading a large catalog: the COW catalog with its organizations repeated
# under new identifiers (about 200 MB), read by the orgmodel tool. Writes the figures into
# docs/benchmarks.md between the peak-memory markers, so no figure is typed by hand.
#   usage: benchmarks/peak-memory.sh [COPIES]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-50}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build src/OrgModel.Cli -c Release -v quiet -nologo >/dev/null
tool=src/OrgModel.Cli/bin/Release/net10.0/OrgModel.Cli
python3 -c "import gzip,shutil; shutil.copyfileobj(gzip.open('src/OrgModel.Interop/Cow/Data/igo_year_formatv3.csv.gz'), open('$work/cow.csv','wb'))"
"$tool" import cow "$work/cow.csv" -o "$work/cow.json" >/dev/null
python3 - "$work/cow.json" "$work/big.json" "$copies" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); copies = int(sys.argv[3])
out = {"formatVersion": 1, "parties": d["parties"], "organizations": []}
for k in range(copies):
    for o in d["organizations"]:
        o2 = dict(o); o2["id"] = f"{o['id']}-{k}"
        o2.pop("relations", None)   # relations and successors name other organizations: left out of the copies
        if "succession" in o2:
            o2["succession"] = [e for e in o2["succession"] if "successor" not in e] or None
            if o2["succession"] is None: del o2["succession"]
        out["organizations"].append(o2)
open(sys.argv[2], "w").write(json.dumps(out, indent=2, ensure_ascii=False))
PY
size=$(stat -c %s "$work/big.json")
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
load_kb=$(peak "$tool" members UN-0 --on 2000-01-01 --data "$work/big.json")
validate_kb=$(peak "$tool" validate "$work/big.json")
section=$(python3 - "$size" "$load_kb" "$validate_kb" "$copies" <<'PY'
import sys
size, load_kb, validate_kb, copies = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rows = [("read the catalog and answer one query (`orgmodel members … --data`)", load_kb), ("validate it, then read it (`orgmodel validate`)", validate_kb)]
print(f"Document: the COW catalog with its organizations repeated {copies} times, {size:,} bytes.")
print()
print("| run | peak resident memory | ÷ document size |")
print("| --- | ---: | ---: |")
for name, kb in rows:
    print(f"| {name} | {kb * 1024 / 1e6:,.0f} MB | {kb * 1024 / size:.2f}× |")
PY
)
python3 - "$section" "$(date -u +%Y-%m-%d)" "$(git rev-parse --short HEAD)" "$copies" <<'PY'
import re, sys
section, day, commit, copies = sys.argv[1:]
path = "docs/benchmarks.md"
doc = open(path).read()
new = f"<!-- begin:peak-memory -->\nCommand: `benchmarks/peak-memory.sh {copies}` (run on {day}, commit {commit}; peak resident set size from `/usr/bin/time`, the whole process)\n\n{section}\n<!-- end:peak-memory -->"
doc, n = re.subn(r"<!-- begin:peak-memory -->.*?<!-- end:peak-memory -->", lambda _: new, doc, flags=re.S)
if n == 0:
    sys.exit("docs/benchmarks.md has no peak-memory markers")
open(path, "w").write(doc)
print(new)
PY
