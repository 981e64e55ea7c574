#!/usr/bin/env bash
# Wall time of orgmodel commands as a user runs them: the tool packed, installed with
# `dotnet tool install` into a temporary tool path, then `orgmodel show turkpa --on 2025-10-17` and
# `orgmodel status turkpa usa --on 2020-01-01` (a question that names a party) each run once to warm the
# disk cache and RUNS more times (default 5); the medians are recorded in docs/benchmarks.md between
# the cli-startup markers, with every run's time.
#   usage: benchmarks/cli-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet pack src/OrgModel.Cli -c Release -o "$work/packages" -v quiet -nologo >/dev/null
version=$(ls "$work/packages" | sed -n 's/^OrgModel\.Cli\.\([0-9][^a-z]*\)\.nupkg$/\1/p' | head -1)
dotnet tool install OrgModel.Cli --version "$version" --add-source "$work/packages" --tool-path "$work/tool" >/dev/null
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
time_runs() {
  "$work/tool/orgmodel" "$@" >/dev/null
  for _ in $(seq "$runs"); do
    { /usr/bin/time -f %e "$work/tool/orgmodel" "$@" >/dev/null; } 2>&1 | tail -1
  done
}
show_times=($(time_runs show turkpa --on 2025-10-17))
status_times=($(time_runs status turkpa usa --on 2020-01-01))
section="Command: \`benchmarks/cli-startup.sh $runs\` (run on $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD); $(nproc) cores, $(dotnet --version) SDK)

| command | median wall time | runs (s) | target |
| --- | ---: | --- | --- |
| installed \`orgmodel show turkpa --on 2025-10-17\` | $(median "${show_times[@]}") s | ${show_times[*]} | ≤ 0.3 s |
| installed \`orgmodel status turkpa usa --on 2020-01-01\` | $(median "${status_times[@]}") s | ${status_times[*]} | ≤ 0.3 s |"
python3 - "$section" <<'PY'
import re, sys
path = "docs/benchmarks.md"
doc = open(path).read()
new = "<!-- begin:cli-startup -->\n" + sys.argv[1] + "\n<!-- end:cli-startup -->"
doc, n = re.subn(r"<!-- begin:cli-startup -->.*?<!-- end:cli-startup -->", lambda _: new, doc, flags=re.S)
if n == 0:
    sys.exit("docs/benchmarks.md has no cli-startup markers")
open(path, "w").write(doc)
print(new)
PY
