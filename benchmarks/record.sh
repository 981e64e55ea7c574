#!/usr/bin/env bash
# Runs BenchmarkDotNet with the given arguments and writes the result tables it produced into
# docs/benchmarks.md between the markers for the given section, so no figure is typed by hand.
#   usage: benchmarks/record.sh SECTION -- BENCHMARKDOTNET ARGS...
# e.g.    benchmarks/record.sh timeline -- --filter '*TimelineBenchmarks*' --job short
# Runtime settings in the environment (DOTNET_ReadyToRun=0, DOTNET_TieredCompilation=0, DOTNET_gc…)
# reach the benchmark processes and are written into the recorded command.
set -euo pipefail
cd "$(dirname "$0")/.."
section=$1; shift; [ "${1:-}" = "--" ] && shift
artifacts=$(mktemp -d "$PWD/benchmarks/.artifacts.XXXX")
trap 'rm -rf "$artifacts"' EXIT
if [ "${1:-}" = "memory" ] || [ "${1:-}" = "growth-memory" ]; then
  # Not a BenchmarkDotNet run: the program prints its own markdown table.
  dotnet run -c Release --project benchmarks/OrgModel.Benchmarks -- "$1" | tee "$artifacts/stdout.md"
else
  dotnet run -c Release --project benchmarks/OrgModel.Benchmarks -- "$@" --artifacts "$artifacts" --exporters github
fi
{
  echo "<!-- begin:$section -->"
  runtime_env=$(env | grep -E '^DOTNET_(ReadyToRun|Tiered[A-Za-z]*|TC_[A-Za-z]*|gc[A-Za-z0-9]*|GC[A-Za-z0-9]*)=' | sort | tr '\n' ' ' || true)
  echo "Command: \`${runtime_env}benchmarks/record.sh $section -- $*\` (run on $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo none))"
  echo
  if [ -f "$artifacts/stdout.md" ]; then
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK"
    echo
    cat "$artifacts/stdout.md"
  else
    for report in "$artifacts"/results/*-report-github.md; do
      cat "$report"
      echo
    done
  fi
  echo "<!-- end:$section -->"
} > "$artifacts/section.md"
python3 - "$section" "$artifacts/section.md" <<'PY'
import re, sys
section, new = sys.argv[1], open(sys.argv[2]).read().rstrip("\n")
path = "docs/benchmarks.md"
doc = open(path).read()
pattern = re.compile(r"<!-- begin:%s -->.*?<!-- end:%s -->" % (re.escape(section), re.escape(section)), re.S)
if not pattern.search(doc):
    sys.exit(f"docs/benchmarks.md has no markers for section '{section}'")
open(path, "w").write(pattern.sub(lambda _: new, doc))
PY
echo "recorded section '$section' in docs/benchmarks.md"
