#!/usr/bin/env bash
# Builds the benchmark in Release, generates one day of 1,000,000 payments (fixed seed) into a temp folder, then
# times parse-only and end-to-end reconciliation of the same files, each in its own child process.
# Usage: bench/reconcile/run.sh [folder] [payments]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
folder="${1:-${TMPDIR:-/tmp}/paygov-recon-bench}"
payments="${2:-1000000}"
config="$here/../../../shared/reconciliation/examples/day-1/config.json"
dotnet build "$here/PayGov.Reconciliation.Bench.csproj" -c Release -nologo -v quiet
dll="$here/bin/Release/net10.0/PayGov.Reconciliation.Bench.dll"
rm -rf "$folder"
dotnet "$dll" all "$folder" "$payments" "$config"
