#!/usr/bin/env bash
# Rebuilds every committed generated dataset under datasets/ byte for byte (the hand-made small-middle and
# small-elementary are not touched). Uses its own build folder so that it never disturbs another build.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests -Dcommonplan.buildDir=target-datasets
java -jar target-datasets/commonplan.jar generate --all datasets
