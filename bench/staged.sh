#!/usr/bin/env bash
# Times the pre-commit check on a typical commit (3 files, ~100 added lines) against AWS git-secrets' pre-commit scan
# of the same staged change
# when git-secrets is installed. Builds LeakGuard in both forms it ships in: precompiled (ReadyToRun) for this platform, and
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
if command -v git-secrets >/dev/null; then
  git secrets --install -f >/dev/null
  git secrets --register-aws >/dev/null
fi
echo "staged: $(git diff --cached --numstat | awk '{ a += $1 } END { print NR " files, " a " added lines" }')"

python3 - "$runs" "$work" <<'PY'
import os, resource, shutil, statistics, subprocess, sys, time

runs, work = int(sys.argv[1]), sys.argv[2]
commands = [
    ("leakguard staged (portable package)", ["dotnet", f"{work}/fdd/leakguard.dll", "staged"]),
    ("leakguard staged (as shipped here: ReadyToRun)", [f"{work}/r2r/leakguard", "staged"]),
    ("leakguard --version (ReadyToRun, process start only)", [f"{work}/r2r/leakguard", "--version"]),
]
if shutil.which("git-secrets"):
    commands.insert(2, ("git secrets --pre_commit_hook", ["git", "secrets", "--pre_commit_hook"]))

def run_once(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu

print(f"{'command':55} {'median ms':>10} {'min ms':>8} {'cpu ms':>8}")
for name, argv in commands:
    for _ in range(3):
        run_once(argv)
    samples = [run_once(argv) for _ in range(runs)]
    walls = [w for w, _ in samples]
    cpu = statistics.mean(c for _, c in samples)
    print(f"{name:55} {statistics.median(walls) * 1000:10.1f} {min(walls) * 1000:8.1f} {cpu * 1000:8.1f}")
if not shutil.which("git-secrets"):
    print("(git-secrets is not installed here, so its row is left out)")
PY
