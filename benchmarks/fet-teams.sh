#!/usr/bin/env bash
# The team overlay on real schools: each FET file imported with `import-fet --teams subjects` (a team per subject
# taught by 3 or more teachers, one meeting a week) and solved reproducibly; the table gives the hard score and the
# meetings placed against the meeting bound (the most any schedule keeping the hard rules can place).
#   benchmarks/fet-teams.sh [MOVES] [SEED] [LIST] [SECONDS]
# defaults: 200000 moves, seed 0, benchmarks/fet-teams-schools.txt, 600 s at most a solve (a run still going then is
# shown as "stopped": the machine's load changes how long a run takes, never its result).
# Writes a Markdown table to stdout; work files under target/fet-teams/.
set -euo pipefail
cd "$(dirname "$0")/.."
moves="${1:-200000}"
seed="${2:-0}"
list="${3:-benchmarks/fet-teams-schools.txt}"
seconds="${4:-600}"
examples=/usr/share/doc/fet-data/examples
if [ ! -d "$examples" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fet-data >/dev/null
fi
[ -f target/commonplan.jar ] || mvn -B -q package -DskipTests
work=target/fet-teams
mkdir -p "$work"
echo "| school | teams | hard | meetings placed / bound (requested) | placed ÷ bound |"
echo "|---|---|---|---|---|"
grep -v '^#' "$list" | while read -r path; do
    [ -z "$path" ] && continue
    name=$(basename "$path" .fet)
    rm -rf "${work:?}/$name" "${work:?}/$name.out"
    if ! java -jar target/commonplan.jar import-fet "$examples/$path" --out "$work/$name" --teams subjects \
            >"$work/$name.import.log" 2>&1; then
        echo "| $name | - | import failed: $(tail -1 "$work/$name.import.log") | - | - |"
        continue
    fi
    status=0
    timeout "$seconds" java -XX:+UseParallelGC -jar target/commonplan.jar solve "$work/$name" --out "$work/$name.out" \
        --reproducible --moves "$moves" --seed "$seed" >"$work/$name.solve.log" 2>&1 || status=$?
    if [ "$status" -eq 124 ]; then
        echo "| $name | - | stopped after $seconds s | - | - |"
        continue
    fi
    teams=$(( $(wc -l <"$work/$name/teams.csv") - 1 ))
    hard=$(grep -o 'score -\?[0-9]*hard' "$work/$name.solve.log" | tail -1 | grep -o -- '-\?[0-9]*')
    # "... placeable at most (bound from the problem): B of R requested; placed P = X% of the bound"
    line=$(grep 'placeable at most' "$work/$name.solve.log" | tail -1)
    bound=$(echo "$line" | sed -n 's/.*problem): \([0-9]*\) of \([0-9]*\) requested.*/\1/p')
    requested=$(echo "$line" | sed -n 's/.*problem): \([0-9]*\) of \([0-9]*\) requested.*/\2/p')
    placed=$(grep -o 'team meetings placed: [0-9]*' "$work/$name.solve.log" | tail -1 | grep -o '[0-9]*$')
    share=$(awk -v p="${placed:-0}" -v b="${bound:-0}" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * p / b; else print "-" }')
    printf '| %s | %s | %s | %s / %s (%s) | %s |\n' "$name" "$teams" "${hard:--}" "${placed:--}" "${bound:--}" \
        "${requested:--}" "$share"
done
