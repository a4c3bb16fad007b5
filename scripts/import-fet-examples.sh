#!/usr/bin/env bash
# Imports every FET example file (.fet) under the given folders with `import-fet`, timing each import (the whole
# command, JVM start included: wall-clock seconds, and CPU seconds, which a busy machine does not inflate), then
# runs `validate` on each bundle written. Prints a Markdown table, one row per
# file, and a summary line. Default folders: the official examples of the Debian/Ubuntu package fet-data.
#
#   scripts/import-fet-examples.sh [FOLDER...]        (bundles go to target-fet/examples/, replaced each run)
set -uo pipefail
cd "$(dirname "$0")/.."
examples=/usr/share/doc/fet-data/examples
if [ $# -eq 0 ]; then
    set -- "$examples/FET-5-official" "$examples/FET-6-official"
fi
mvn -B -q package -DskipTests -Dcommonplan.buildDir=target-fet || exit 1
jar=target-fet/commonplan.jar
out=target-fet/examples
rm -rf "$out"
mkdir -p "$out"

echo "| file | activities | sections | lessons | import s | CPU s | validate |"
echo "|---|---:|---:|---:|---:|---:|---|"
files=0 imported=0 valid=0 slow=0 n=0
TIMEFORMAT='%R %U %S'
while IFS= read -r -d '' fet; do
    files=$((files + 1))
    n=$((n + 1))
    name="${fet#"$examples"/}"
    bundle="$out/$n-$(basename "$fet" .fet)"
    { time java -jar "$jar" import-fet "$fet" --out "$bundle" > "$out/last.txt" 2>&1; } 2> "$out/time.txt"
    status=$(grep -q '^  written to ' "$out/last.txt" && echo 0 || echo 1)
    summary=$(cat "$out/last.txt")
    read -r seconds user system < "$out/time.txt"
    cpu=$(echo "$user + $system" | bc)
    if [ "$status" -ne 0 ]; then
        echo "| $name | | | | $(printf '%.1f' "$seconds") | $(printf '%.1f' "$cpu") | import failed: $(echo "$summary" | sed -n 2p | tr '|' '/') |"
        continue
    fi
    imported=$((imported + 1))
    if (( $(echo "$seconds >= 10" | bc) )); then
        slow=$((slow + 1))
    fi
    activities=$(echo "$summary" | sed -nE 's/.* from ([0-9]+) activities.*/\1/p')
    sections=$(echo "$summary" | sed -nE 's/.*, ([0-9]+) sections \(([0-9]+) lessons.*/\1/p')
    lessons=$(echo "$summary" | sed -nE 's/.*, ([0-9]+) sections \(([0-9]+) lessons.*/\2/p')
    if check=$(java -jar "$jar" validate "$bundle" 2>&1); then
        valid=$((valid + 1))
        verdict=OK
    else
        verdict="invalid: $(echo "$check" | sed -n 2p | tr '|' '/')"
    fi
    echo "| $name | $activities | $sections | $lessons | $(printf '%.1f' "$seconds") | $(printf '%.1f' "$cpu") | $verdict |"
done < <(find "$@" -name '*.fet' -print0 | sort -z)
rm -f "$out/last.txt" "$out/time.txt"
echo
echo "$files files: $imported imported, $valid pass validate, $slow took 10 s or more."
