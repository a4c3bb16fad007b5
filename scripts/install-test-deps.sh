#!/usr/bin/env bash
# Installs what some tests need beyond the project itself, when it is missing and the machine can: the FET
# example files (Debian/Ubuntu package fet-data) that FetExamplesTest imports, and the headless browser and its
# driver (chromium, chromium-driver) that WebPageBrowserTest drives. Idempotent and quiet; without apt-get, or
# without the right to install, it does nothing and those tests are skipped.
set -uo pipefail
declare -A needed_by=([fet-data]=FetExamplesTest [chromium]=WebPageBrowserTest [chromium-driver]=WebPageBrowserTest)
command -v apt-get >/dev/null || exit 0
missing=()
for package in fet-data chromium chromium-driver; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "install-test-deps: ${missing[*]} not installed and cannot be installed here; the tests that need them" \
        "are skipped" >&2
    exit 0
fi
$sudo apt-get update -qq >/dev/null 2>&1
# One at a time, so that a package this distribution lacks does not keep the others out.
for package in "${missing[@]}"; do
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null 2>&1 \
        || echo "install-test-deps: $package could not be installed; ${needed_by[$package]} skipped" >&2
done
exit 0
