#!/usr/bin/env bash
# Precision on real code that holds no live keys: scans large trees of real files already on the machine and prints,
# per tree, the bytes and files scanned and the findings per rule (generic rule included).
# Usage: bench/precision.sh [TREE...]   (default: the .NET SDK, the NuGet cache, global node modules, the JDKs)
set -euo pipefail
cd "$(dirname "$0")/.."
trees=("$@")
[ ${#trees[@]} -gt 0 ] || trees=(/usr/share/dotnet "${NUGET_PACKAGES:-$HOME/.nuget/packages}" /usr/lib/node_modules /usr/lib/jvm)

dotnet build scanner-cli/LeakGuard.Cli -c Release -nologo -v q >/dev/null
leakguard=scanner-cli/LeakGuard.Cli/bin/Release/net10.0/leakguard
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for tree in "${trees[@]}"; do
  [ -d "$tree" ] || { echo "$tree: not a folder, skipped"; continue; }
  files=$(find "$tree" -type f | wc -l)
  bytes=$(du -sb "$tree" | cut -f1)
  start=$(date +%s.%N)
  set +e
  "$leakguard" dir "$tree" --include-generic --format json --output "$out/report.json"
  code=$?
  set -e
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  printf '%s: %s files, %s bytes, %.1f s, exit %s\n' "$tree" "$files" "$bytes" "$seconds" "$code"
  python3 - "$out/report.json" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1]))
for rule, count in collections.Counter(f["ruleId"] for f in findings).most_common():
    print(f"  {rule}: {count}")
for f in findings:
    print(f"    {f['ruleId']} {f['file']}:{f['startLine']} {f['secret']}")
PY
done
