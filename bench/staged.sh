#!/usr/bin/env bash
# Times the pre-commit check on a typical commit (3 files, ~100 added lines) against AWS git-secrets' pre-commit scan
# of the same staged change. Builds LeakGuard in both forms it ships in: precompiled (ReadyToRun) for this platform, and
# the portable package that other platforms get, compiled as it runs.
# Usage: bench/staged.sh [--runs N]    Prints the median and minimum wall time of each, process start included, and the
# mean CPU time (user + system), which a machine busy with other work distorts less than wall time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=20
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if ! command -v hyperfine >/dev/null || ! command -v git-secrets >/dev/null; then
  apt-get install -y hyperfine git-secrets >/dev/null
fi

work=${BENCH_DIR:-$(mktemp -d)}
rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
project="$root/scanner-cli/LeakGuard.Cli/LeakGuard.Cli.csproj"
dotnet publish "$project" -c Release -p:PublishReadyToRun=false -o "$work/fdd" -v q --nologo >/dev/null
dotnet publish "$project" -c Release -r "$rid" --self-contained false -o "$work/r2r" -v q --nologo >/dev/null

# A repository with history, then a staged change: two edited files and one new one, about 100 added lines, no keys.
repo="$work/repo"
rm -rf "$repo"
git init -q "$repo"
cd "$repo"
git config user.name bench
git config user.email bench@example.invalid
for f in Service.cs Settings.json README.md; do
  seq 1 400 | sed "s/^/    existing line /" > "$f"
done
git add . && git commit -qm base
awk 'NR == 200 { for (i = 1; i <= 35; i++) print "    var value" i " = Compute(" i ", \"text\");" } { print }' Service.cs > t && mv t Service.cs
awk 'NR == 10 { for (i = 1; i <= 30; i++) print "  \"Option" i "\": \"value " i "\"," } { print }' Settings.json > t && mv t Settings.json
seq 1 35 | sed "s/^/new documentation line /" > Guide.md
git add .
git secrets --install -f >/dev/null
git secrets --register-aws >/dev/null
echo "staged: $(git diff --cached --numstat | awk '{ a += $1 } END { print NR " files, " a " added lines" }')"

json="$work/staged.json"
hyperfine --warmup 3 --runs "$runs" --style none --export-json "$json" \
  -n "leakguard staged (portable package)" "dotnet $work/fdd/leakguard.dll staged" \
  -n "leakguard staged (as shipped here: ReadyToRun)" "$work/r2r/leakguard staged" \
  -n "git secrets --pre_commit_hook" "git secrets --pre_commit_hook" \
  -n "leakguard --version (ReadyToRun, process start only)" "$work/r2r/leakguard --version" >/dev/null
python3 - "$json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print(f"{'command':55} {'median ms':>10} {'min ms':>8} {'cpu ms':>8}")
for r in results:
    cpu = (r['user'] + r['system']) * 1000
    print(f"{r['command']:55} {r['median'] * 1000:10.1f} {r['min'] * 1000:8.1f} {cpu:8.1f}")
PY
