#!/usr/bin/env bash
# Times `leakguard git` against the two baselines on a generated history and on any repositories given:
#   floor:  git cat-file --batch-all-objects --batch --unordered  (every object read once, in pack order)
#   patch:  git log -p --all                                      (the stream gitleaks-style scanners parse)
# Usage: bench/run.sh [--commits N]... [--shape linear|realistic|minified]... [--runs N] [REPO...]
# Runs on 2 cores (taskset) and prints wall time, peak RSS and ratios. Generates one history per shape and size, named
# history-SHAPE-COMMITS (see generate-history.sh for the shapes); defaults: 20,000 and 200,000 commits, shape linear.
# --runs N (default 1) measures the three commands N times, taking turns, and prints the median of each figure: on a
# busy or virtual machine one run of each can be a quarter off.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=()
shapes=()
repos=()
runs=1
while [ $# -gt 0 ]; do
  case $1 in
    --commits) sizes+=("$2"); shift 2 ;;
    --shape) shapes+=("$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) repos+=("$(cd "$1" && pwd)"); shift ;;
  esac
done

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs takes a positive whole number, not '$runs'" >&2; exit 2; }

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

# The median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

printf '%-40s %9s %9s %9s %9s %9s %9s %9s %10s %10s\n' repository commits "floor s" "log-p s" "lg s" "lg cpu s" "lg MB" "floor MB" "lg/floor" "log-p/lg"
for repo in "${repos[@]}"; do
  count=$(git -C "$repo" rev-list --all | wc -l)
  git -C "$repo" cat-file --batch-all-objects --batch --unordered >/dev/null   # warm the page cache for all three
  floors=() floor_mbs=() logs=() lgs=() lg_mbs=() lg_cpus=()
  for ((run = 0; run < runs; run++)); do
    read -r s mb _ < <(measure git -C "$repo" cat-file --batch-all-objects --batch --unordered)
    floors+=("$s") floor_mbs+=("$mb")
    read -r s _ _ < <(measure git -C "$repo" log -p --all)
    logs+=("$s")
    read -r s mb cpu < <(measure "$cli/leakguard" git "$repo" --format json --output /dev/null)
    lgs+=("$s") lg_mbs+=("$mb") lg_cpus+=("$cpu")
  done
  floor_s=$(median "${floors[@]}") floor_mb=$(printf '%.0f' "$(median "${floor_mbs[@]}")") log_s=$(median "${logs[@]}")
  lg_s=$(median "${lgs[@]}") lg_mb=$(printf '%.0f' "$(median "${lg_mbs[@]}")") lg_cpu=$(median "${lg_cpus[@]}")
  printf '%-40s %9s %9s %9s %9s %9s %9s %9s %10s %10s\n' "$(basename "$repo")" "$count" "$floor_s" "$log_s" "$lg_s" "$lg_cpu" "$lg_mb" "$floor_mb" \
    "$(awk -v a="$lg_s" -v b="$floor_s" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')" \
    "$(awk -v a="$log_s" -v b="$lg_s" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')"
done
echo "targets: lg/floor <= 1.5x, log-p/lg >= 5x, peak under 500 MB at 200,000 commits"
