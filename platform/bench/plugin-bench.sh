#!/usr/bin/env bash
# The harness of every plugin benchmark: plugin-bench.sh MODULE BENCH_IT, e.g. plugins/membership MembersBenchIT.
# A plugin benchmark is an integration test of the plugin (the test kit's Bench with @WegoPluginTest): ./wego test
# starts or reuses the test stack, builds what the module needs, and the test boots the platform with the plugin's
# signed jar on a fresh schema of its own. Here it runs alone with -Dbench.full=true: the real size and rounds, and
# the kit's report (p50/p95 of the plugin's path and of the in-run baseline, and their ratios) at the end of the
# output. Under ./wego test the same test runs at a tiny size, so a benchmark that no longer fits the code fails there.
# WEGO_BENCH_SCALE=0.1 runs it at a tenth of its real size (Bench.size), e.g. to try it on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -eq 2 ]] || { echo "usage: plugin-bench.sh MODULE BENCH_IT" >&2; exit 2; }
module="$1" bench="$2"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
./wego test -q -pl "$module" -am -Dit.test="$bench" -Dtest=none -Dbench.full=true -Dbench.scale="${WEGO_BENCH_SCALE:-1}" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dcpd.skip=true > "$out" 2>&1 || status=$?
if (( status != 0 )); then
  tail -n 60 "$out" >&2
  echo "bench: $bench failed (above: the end of its output)" >&2
  exit "$status"
fi
# The report: from the kit's "== title" line to its closing line.
sed -n '/^== /,$p' "$out" | grep -v -e '^\[' -e '^wego: ' -e '^[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T'
