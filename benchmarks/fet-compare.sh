#!/usr/bin/env bash
# CommonPlan and FET side by side on real schools from FET's examples, one at a time, the same time limit each.
#   [SEEDS="0 1 2"] benchmarks/fet-compare.sh [SECONDS] [LIST]     default 60 s, benchmarks/fet-schools.txt, seed 0
# Installs FET (fet, fet-data) from Debian's packages when missing. Each FET file is imported with
# `import-fet --mapped-fet` (its report says which constraints were mapped, and <name>-mapped.fet is the file
# without the dropped ones). FET's `fet-cl` runs on the original file (all its constraints) and, when the import
# dropped any, on the mapped file too (the problem the bundle states); each timetable FET writes (the complete one,
# else the most it placed) is recounted by `recount-fet` against the bundle: how many of CommonPlan's hard rules it
# breaks (0 where the import maps exactly; more shows where the bundle asks more than FET). CommonPlan's time to 0
# hard comes from `bench --table`, once per seed of SEEDS: min/median/max over the seeds that reached 0 hard. FET runs
# on the original file once per seed too (its six random-seed components set from the seed), since its own time
# varies several-fold between runs: its wall cell is min/median/max over its runs that completed, and the ratio is
# median over median. The first run's timetable is the one recounted; the mapped file runs once.
# Wall times; writes a Markdown table to stdout; work files under target/fet-compare/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
list="${2:-benchmarks/fet-schools.txt}"
seeds="${SEEDS:-0}"
examples=/usr/share/doc/fet-data/examples
if ! command -v fet-cl >/dev/null || [ ! -d "$examples" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fet fet-data >/dev/null
fi
mvn -B -q package -DskipTests >&2
jar=target/commonplan.jar
work=target/fet-compare
rm -rf "$work" && mkdir -p "$work"

# Runs fet-cl on $1 into folder $2 (log $2.log) with random seed $3; prints "result wall".
run_fet() {
    local start wall
    start=$(date +%s%N)
    # fet-cl's own limit counts search time only; the wrapper ends a run that outlives it by far.
    timeout $((seconds * 3 + 10)) fet-cl --inputfile="$1" --outputdir="$2" --timelimitseconds="$seconds" \
        --randomseeds10=$(($3 + 1)) --randomseeds11=1 --randomseeds12=1 --randomseeds20=1 --randomseeds21=1 \
        --randomseeds22=1 \
        --htmllevel=0 --writetimetablesdayshorizontal=false --writetimetablesdaysvertical=false \
        --writetimetablestimehorizontal=false --writetimetablestimevertical=false >"$2.log" 2>&1 || true
    wall=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", ns / 1e9 }')
    if grep -q "Simulation successful" "$2.log"; then echo "complete $wall"; else echo "not-found $wall"; fi
}

# Recounts the timetable fet-cl wrote in folder $2 (the complete one, else the most it placed) against the bundle
# of FET file $1; prints the table cell.
recount() {
    local timetable out placed broken rules
    timetable=$(find "$2/timetables" -name '*_activities.xml' -path '*-highest/*' 2>/dev/null | head -1)
    if [ -z "$timetable" ]; then
        timetable=$(find "$2/timetables" -name '*_activities.xml' -not -path '*-current/*' 2>/dev/null | head -1)
    fi
    [ -z "$timetable" ] && { echo "no timetable"; return; }
    out=$(java -jar "$jar" recount-fet "$1" "$timetable" --out "$2.schedule" 2>&1 | tee "$2.recount.log") || true
    placed=$(echo "$out" | sed -n 's/.* places \([0-9]*\) of \([0-9]*\) lessons.*/\1\/\2/p' | head -1)
    broken=$(echo "$out" | sed -n 's/.*recount: \([0-9]*\) hard rule.*/\1/p' | head -1)
    rules=$(echo "$out" | sed -n 's/^  by rule: //p' | head -1)
    [ -z "$broken" ] && { echo "recount failed"; return; }
    case "$placed" in
        */*) [ "${placed%/*}" != "${placed#*/}" ] && printf '%s placed, ' "$placed" ;;
    esac
    if [ "$broken" = 0 ]; then echo "0 broken"; else echo "$broken broken: $rules"; fi
}

# Prints "min / median / max" of the numbers given.
spread_of() {
    printf '%s\n' "$@" | sort -g | awk '{ t[NR] = $1 } END {
        m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%s / %.2f / %s", t[1], m, t[NR] }'
}

echo "| school | lessons | dropped | FET, all constraints | wall (s), min/median/max | recount of its timetable | FET, mapped constraints only | wall (s) | recount of its timetable | CommonPlan to 0 hard (s), min/median/max | seeds at 0 hard | CommonPlan final score (seed ${seeds%% *}) | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
grep -v '^#' "$list" | while read -r path; do
    [ -z "$path" ] && continue
    name=$(basename "$path" .fet)
    file="$examples/$path"
    if ! java -jar "$jar" import-fet "$file" --out "$work/$name" --mapped-fet >"$work/$name.import.log" 2>&1; then
        echo "| $name | - | - | import failed: $(tail -1 "$work/$name.import.log") | - | - | - | - | - | - | - | - | - |"
        continue
    fi
    lessons=$(grep -o '[0-9]* lessons' "$work/$name.import.log" | head -1 | cut -d' ' -f1)
    dropped=$(grep -o '[0-9]* dropped' "$work/$name.import.log" | head -1 | cut -d' ' -f1)
    first_seed=${seeds%% *}
    fet_walls=()
    fet_complete=0
    for seed in $seeds; do
        suffix=$([ "$seed" = "$first_seed" ] && echo "" || echo "-$seed")
        read -r result wall < <(run_fet "$file" "$work/$name.fet$suffix" "$seed")
        [ "$seed" = "$first_seed" ] && first_wall=$wall
        if [ "$result" = complete ]; then fet_complete=$((fet_complete + 1)); fet_walls+=("$wall"); fi
    done
    runs=$(echo $seeds | wc -w)
    if [ "$fet_complete" -gt 0 ]; then
        fet_result="complete"
        [ "$runs" -gt 1 ] && fet_result="complete, $fet_complete of $runs"
        fet_spread=$(spread_of "${fet_walls[@]}")
        fet_wall=$(echo "$fet_spread" | awk -F' / ' '{ print $2 }')
        [ "$runs" -gt 1 ] || fet_spread=$fet_wall
    else
        fet_result="not found"; fet_wall=$first_wall; fet_spread=$first_wall
    fi
    fet_recount=$(recount "$file" "$work/$name.fet")
    if [ "${dropped:-0}" -gt 0 ]; then
        read -r mapped_result mapped_wall < <(run_fet "$work/$name/$name-mapped.fet" "$work/$name.mapped-fet" \
            "$first_seed")
        # The mapped file's activities are the original's: its timetable is recounted against the same bundle.
        mapped_recount=$(recount "$file" "$work/$name.mapped-fet")
    else
        mapped_result="same file"; mapped_wall="-"; mapped_recount="-"
    fi
    times=()
    final=""
    for seed in $seeds; do
        java -XX:+UseParallelGC -jar "$jar" bench --table --variants commonplan --seed "$seed" \
            --checkpoints "${seconds}s" --datasets "$work/$name" >"$work/$name.bench-$seed.md" \
            2>"$work/$name.bench-$seed.log" || true
        row=$(grep "| commonplan |" "$work/$name.bench-$seed.md" | tail -1)
        feasible=$(echo "$row" | awk -F'|' '{gsub(/ /,"",$5); print $5}')
        [ -z "$final" ] && final=$(echo "$row" | awk -F'|' '{gsub(/ /,"",$(NF-2)); print $(NF-2)}')
        [[ "$feasible" =~ ^[0-9.]+$ ]] && times+=("$feasible")
    done
    if [ ${#times[@]} -gt 0 ]; then
        spread=$(spread_of "${times[@]}")
        median=$(echo "$spread" | awk -F' / ' '{ print $2 }')
    else
        spread="never"; median=""
    fi
    ratio=$(awk -v a="$median" -v b="$fet_wall" 'BEGIN { if (a ~ /^[0-9.]+$/ && b > 0) printf "%.2f", a / b; else print "-" }')
    # Schools FET completes: their ratios make the summary below (a school CommonPlan never completes counts as over).
    if [ "$fet_complete" -gt 0 ]; then echo "$name ${ratio/-/inf}" >>"$work/ratios"; fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${lessons:--}" \
        "${dropped:--}" "$fet_result" "$fet_spread" "$fet_recount" \
        "${mapped_result/not-found/not found}" "$mapped_wall" "$mapped_recount" "$spread" \
        "${#times[@]} of $runs" "${final:--}" "$ratio"
done
if [ -s "$work/ratios" ]; then
    echo
    sort -k2 -g "$work/ratios" | awk '{ n[NR] = $1; r[NR] = $2 } END {
        m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
        over = ""; for (i = 1; i <= NR; i++) if (r[i] > 2) over = over " " n[i] " " r[i] ";"
        printf "Median ratio over the %d schools FET completes: %.2f. Over 2:%s\n", NR, m, over == "" ? " none." : over }'
fi
