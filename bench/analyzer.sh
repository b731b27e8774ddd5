#!/usr/bin/env bash
# Times the analyzer (LG0001) as the compiler runs it, on literal-heavy code an analyzer meets at its worst: one file of
# 20,000 prose constants (messages) and one of 20,000 short dictionary entries. A whole build's time varies by more than
# the analyzer takes, so bench/AnalyzerTime measures the analyzer alone (CompilationWithAnalyzers' execution time).
# Usage: bench/analyzer.sh [--runs N] [DIRECTORY...]    Times the generated files, then each DIRECTORY of .cs files given.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
dirs=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    -*) echo "unknown argument: $1" >&2; exit 2 ;;
    *) dirs+=("$1"); shift ;;
  esac
done

work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work/prose" "$work/short"
awk 'BEGIN {
  srand(1); split("the operation could not be completed because file is locked user request server token value session cannot find resource configuration missing invalid argument expected", w, " ");
  print "static class Messages {";
  for (i = 0; i < 20000; i++) { n = 4 + int(rand() * 9); s = w[1 + int(rand() * 25)]; for (j = 1; j < n; j++) s = s " " w[1 + int(rand() * 25)]; printf "    public const string M%d = \"%s\";\n", i, s }
  print "}" }' > "$work/prose/Messages.cs"
awk 'BEGIN {
  srand(2); a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  print "static class Names {"; print "    public static readonly System.Collections.Generic.Dictionary<string, string> All = new() {";
  for (i = 0; i < 20000; i++) { k = ""; v = ""; for (j = 0; j < 8 + int(rand() * 8); j++) k = k substr(a, 1 + int(rand() * 62), 1); for (j = 0; j < 8 + int(rand() * 8); j++) v = v substr(a, 27 + int(rand() * 26), 1); printf "        { \"%s%d\", \"%s\" },\n", k, i, v }
  print "    };"; print "}" }' > "$work/short/Names.cs"

dotnet build "$root/bench/AnalyzerTime/AnalyzerTime.csproj" -c Release -o "$work/tool" -v q --nologo >/dev/null
for dir in "$work/prose" "$work/short" "${dirs[@]}"; do
  echo "== $dir"
  dotnet "$work/tool/AnalyzerTime.dll" "$dir" "$runs" | tail -1
done
