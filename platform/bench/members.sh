#!/usr/bin/env bash
# ./wego bench members: the member directory at 250,000 organisations, through the membership plugin's
# MemberDirectory as a signed-in member city and as hand-written SQL, alternating in one JVM (MembersBenchIT,
# on the test kit's Bench): a fresh schema on the test stack with the plugin's signed jar, 250,000 synthetic
# organisations and profiles seeded by batched SQL, then per query 100 warm-up rounds and 500 measured:
#   search   name prefix + type + continent, first page of 50 and the number of matches (goal)
#   page     one grid page 10,000 rows deep, sorted by Korean name (goal)
#   count, focus-count, contains-page   reported beside the goal
# Prints p50/p95 per query and the ratios path/raw SQL. Goal: p95 under 50 ms and under 2x raw SQL.
# ./wego test runs the same benchmark once on 300 organisations (a smoke run).
set -euo pipefail
exec bash "$(dirname "$0")/plugin-bench.sh" plugins/membership MembersBenchIT
