#!/usr/bin/env bash
# Lists the built-in rules that cost most on a folder's text, each timed alone (bench/RuleCost): run it after adding
# rules, on a generated history's tree or a real code base. A rule whose keywords are common words ("webhook",
# "session") runs its pattern on most files and stands out here long before it shows in a history's scan time.
# Usage: bench/rule-cost.sh FOLDER [TOP] [MAX-MEGABYTES]    (defaults: the 15 costliest, the first 5 MB of text)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] && [ -d "$1" ] || { echo "usage: bench/rule-cost.sh FOLDER [TOP] [MAX-MEGABYTES]" >&2; exit 2; }
dotnet run --project "$root/bench/RuleCost/RuleCost.csproj" -c Release -- "$@"
