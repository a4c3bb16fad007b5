#!/usr/bin/env bash
# CommonPlan and FET side by side on real schools from FET's examples, one at a time, the same time limit each.
#   benchmarks/fet-compare.sh [SECONDS] [LIST]     default 60 s, benchmarks/fet-schools.txt
# Installs FET (fet, fet-data) from Debian's packages when missing. Each FET file is imported with `import-fet`
# (its report says which constraints were mapped); CommonPlan's time to 0 hard comes from `bench --table`, whose
# schedule the project's own recount checks; FET's from `fet-cl` on the original file, all its constraints, as wall
# time ("Simulation successful" in its log). Writes a Markdown table to stdout; work files under target/fet-compare/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
list="${2:-benchmarks/fet-schools.txt}"
examples=/usr/share/doc/fet-data/examples
if ! command -v fet-cl >/dev/null || [ ! -d "$examples" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fet fet-data >/dev/null
fi
mvn -B -q package -DskipTests
work=target/fet-compare
rm -rf "$work" && mkdir -p "$work"
echo "| school | lessons | FET result | FET wall (s) | CommonPlan to 0 hard (s) | CommonPlan final score | ratio |"
echo "|---|---|---|---|---|---|---|"
grep -v '^#' "$list" | while read -r path; do
    [ -z "$path" ] && continue
    name=$(basename "$path" .fet)
    file="$examples/$path"
    if ! java -jar target/commonplan.jar import-fet "$file" --out "$work/$name" >"$work/$name.import.log" 2>&1; then
        echo "| $name | - | - | - | import failed: $(tail -1 "$work/$name.import.log") | - | - |"
        continue
    fi
    start=$(date +%s%N)
    # fet-cl's own limit counts search time only; the wrapper ends a run that outlives it by far.
    timeout $((seconds * 3 + 10)) fet-cl --inputfile="$file" --outputdir="$work/$name.fet" --timelimitseconds="$seconds" --htmllevel=0 \
        --writetimetablesdayshorizontal=false --writetimetablesdaysvertical=false \
        --writetimetablestimehorizontal=false --writetimetablestimevertical=false >"$work/$name.fet.log" 2>&1 || true
    fet_wall=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", ns / 1e9 }')
    fet_result=$(grep -q "Simulation successful" "$work/$name.fet.log" && echo complete || echo "not found")
    java -XX:+UseParallelGC -jar target/commonplan.jar bench --table --variants commonplan --seed 0 \
        --checkpoints "${seconds}s" --datasets "$work/$name" >"$work/$name.bench.md" 2>"$work/$name.bench.log" || true
    row=$(grep "| commonplan |" "$work/$name.bench.md" | tail -1)
    lessons=$(grep -o '[0-9]* lessons' "$work/$name.import.log" | head -1 | cut -d' ' -f1)
    feasible=$(echo "$row" | awk -F'|' '{gsub(/ /,"",$5); print $5}')
    final=$(echo "$row" | awk -F'|' '{gsub(/ /,"",$(NF-2)); print $(NF-2)}')
    ratio=$(awk -v a="$feasible" -v b="$fet_wall" 'BEGIN { if (a ~ /^[0-9.]+$/ && b > 0) printf "%.1f", a / b; else print "-" }')
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${lessons:--}" "$fet_result" "$fet_wall" \
        "${feasible:--}" "${final:--}" "$ratio"
done
