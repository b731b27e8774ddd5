#!/usr/bin/env bash
# Times `leakguard git` against the two baselines on a generated history and on any repositories given:
#   floor:  git cat-file --batch-all-objects --batch --unordered  (every object read once, in pack order)
#   patch:  git log -p --all                                      (the stream gitleaks-style scanners parse)
# Usage: bench/run.sh [--commits N]... [--shape linear|realistic|minified]... [REPO...]
# Runs on 2 cores (taskset) and prints wall time, peak RSS and ratios. Generates one history per shape and size, named
# history-SHAPE-COMMITS (see generate-history.sh for the shapes); defaults: 20,000 and 200,000 commits, shape linear.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=()
shapes=()
repos=()
while [ $# -gt 0 ]; do
  case $1 in
    --commits) sizes+=("$2"); shift 2 ;;
    --shape) shapes+=("$2"); shift 2 ;;
    *) repos+=("$(cd "$1" && pwd)"); shift ;;
  esac
done

work=${BENCH_DIR:-$(mktemp -d)}
cli="$work/cli"
# As the tool ships for this platform: precompiled (ReadyToRun) for this machine's runtime identifier.
rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
dotnet publish "$root/scanner-cli/LeakGuard.Cli/LeakGuard.Cli.csproj" -c Release -r "$rid" --self-contained false -o "$cli" -v q --nologo >/dev/null
[ ${#sizes[@]} -gt 0 ] || sizes=(20000 200000)
[ ${#shapes[@]} -gt 0 ] || shapes=(linear)
generated=()
for shape in "${shapes[@]}"; do
  for commits in "${sizes[@]}"; do
    history="$work/history-$shape-$commits"
    [ -d "$history/.git" ] || "$root/bench/generate-history.sh" "$history" "$commits" --shape "$shape"
    generated+=("$history")
  done
done
repos=("${generated[@]}" "${repos[@]}")

# Runs a command under /usr/bin/time; prints "seconds peak_mb cpu_seconds" (cpu = user + system, less sensitive to a busy machine).
measure() {
  local log
  log=$(mktemp)
  taskset -c 0,1 /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { kb = $2 }
    /User time|System time/ { cpu += $2 }
    END { printf "%.2f %.0f %.2f\n", s, kb / 1024, cpu }' "$log"
  rm -f "$log"
}

printf '%-40s %9s %9s %9s %9s %9s %9s %9s %10s %10s\n' repository commits "floor s" "log-p s" "lg s" "lg cpu s" "lg MB" "floor MB" "lg/floor" "log-p/lg"
for repo in "${repos[@]}"; do
  count=$(git -C "$repo" rev-list --all | wc -l)
  git -C "$repo" cat-file --batch-all-objects --batch --unordered >/dev/null   # warm the page cache for all three
  read -r floor_s floor_mb _ < <(measure git -C "$repo" cat-file --batch-all-objects --batch --unordered)
  read -r log_s _ _ < <(measure git -C "$repo" log -p --all)
  read -r lg_s lg_mb lg_cpu < <(measure "$cli/leakguard" git "$repo" --format json --output /dev/null)
  printf '%-40s %9s %9s %9s %9s %9s %9s %9s %10s %10s\n' "$(basename "$repo")" "$count" "$floor_s" "$log_s" "$lg_s" "$lg_cpu" "$lg_mb" "$floor_mb" \
    "$(awk -v a="$lg_s" -v b="$floor_s" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')" \
    "$(awk -v a="$log_s" -v b="$lg_s" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')"
done
echo "targets: lg/floor <= 1.5x, log-p/lg >= 5x, peak under 500 MB at 200,000 commits"
