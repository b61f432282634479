#!/usr/bin/env bash
# ./wego bench members: the member directory at 250,000 organisations, through the membership plugin's
# service and as hand-written SQL, in one JVM:
#  1. a separate schema (wego_bench_members) on the run stack's MariaDB, never the run database: the
#     platform boots on it in-process with the membership plugin's jar, so both migrations run;
#  2. 250,000 synthetic organisations and their profiles (focus areas) seeded by batched SQL;
#  3. each query, 100 warm-up rounds then 500 measured, alternating the plugin's MemberDirectory (as a
#     signed-in member city) and the same query in raw SQL over JDBC:
#       search   name prefix + type + continent, first page of 50 and the number of matches (goal)
#       page     one grid page 10,000 rows deep, sorted by Korean name (goal)
#       count, focus-count, contains-page   the grid's count of all members, a focus area with a
#                country, a name-contains search: reported beside the goal
# Prints p50/p95 per query and the ratio service/raw. Goal: p95 under 50 ms and under 2x raw SQL.
# The schema is dropped at the end, and the run stack stopped. Called by ./wego with JAVA_HOME set.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The platform runs only signed plugins: the bench's plugin jars are signed with the checkout's development
# key (made by the build in .wego-dev-key/), so the platforms started here trust that key.
export WEGO_PLUGIN_TRUST="$PWD/.wego-dev-key/dev-trust.p12" WEGO_PLUGIN_TRUST_PASSWORD=wego-dev-trust

JAVA="${JAVA_HOME:?JAVA_HOME must point to a JDK 25 (run this through ./wego bench members)}/bin/java"
DEVSTACK_JAR="platform/devstack/target/wego-devstack.jar"
PLUGIN_JAR="plugins/membership/target/wego-plugin-membership.jar"
CLASSPATH_FILE="plugins/membership/target/bench-classpath.txt"
RUN_STATE="${XDG_DATA_HOME:-$HOME/.local/share}/wego/run"
START_TIMEOUT=300 # seconds the stack may take to start
WORK="$(mktemp -d)"
STACK=""
HELPER=""

stop() { # pid: TERM, then wait for it to end
  [[ -n "$1" ]] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  trap - EXIT INT TERM
  stop "$HELPER"
  stop "$STACK"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT TERM

fail() { echo "bench: $*" >&2; exit 1; }
keep_log() { # file: a copy outside WORK (which goes at exit), named on stderr
  local kept="${TMPDIR:-/tmp}/wego-bench-members-$(basename "$1")"
  cp "$1" "$kept" 2>/dev/null && echo "bench: full log kept in $kept" >&2 || true
}
millis() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
percentile() { # p: the p-th percentile (nearest rank) of the numbers on stdin
  sort -n | awk -v p="$1" '{ v[NR] = $1 } END { r = int((p * NR + 99) / 100); if (r < 1) r = 1; print v[r] }'
}

# Build once: the platform, the plugin's jar and its test classes (the bench helper).
echo "bench: building the platform, the dev stack and the membership plugin"
./mvnw -B -q -Dspotless.check.skip=true -DskipTests -pl plugins/membership,platform/devstack -am install \
  || fail "the build failed (see above)"
./mvnw -B -q -pl plugins/membership dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || fail "could not write the test class path of plugins/membership"
[[ -f "$PLUGIN_JAR" && -f "$DEVSTACK_JAR" && -s "$CLASSPATH_FILE" ]] || fail "the build left no $PLUGIN_JAR, $DEVSTACK_JAR or $CLASSPATH_FILE"
# Copies of what was just built: a build beside the bench rewrites target/.
mkdir -p "$WORK/devstack" "$WORK/membership"
cp -r "$DEVSTACK_JAR" "$(dirname "$DEVSTACK_JAR")/lib" "$WORK/devstack/"
cp "$PLUGIN_JAR" "$WORK/wego-plugin-membership.jar"
cp -r plugins/membership/target/test-classes "$WORK/membership/"
# Not the plugin's own classes: the platform loads them from the jar, with the plugin's class loader.
CP="$WORK/membership/test-classes:$(cat "$CLASSPATH_FILE")"

echo "== members benchmark ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1))"
echo "bench: starting the run stack (MariaDB, Keycloak, mail sink)"
"$JAVA" -jar "$WORK/devstack/wego-devstack.jar" --mode=run > "$WORK/stack.log" 2>&1 &
STACK=$!
waited=0
until grep -q '^WEGO STACK READY' "$WORK/stack.log"; do
  kill -0 "$STACK" 2>/dev/null || { tail -n 30 "$WORK/stack.log" >&2; keep_log "$WORK/stack.log"; STACK=""; fail "the run stack did not start (is ./wego run going?)"; }
  sleep 0.2
  waited=$((waited + 1))
  (( waited < 5 * START_TIMEOUT )) || { tail -n 30 "$WORK/stack.log" >&2; fail "the run stack was not ready after $START_TIMEOUT s"; }
done
# shellcheck disable=SC1091
. "$RUN_STATE/stack.env"

echo "bench: seeding 250,000 organisations in schema wego_bench_members, then 100 + 500 rounds per query"
"$JAVA" -Djava.io.tmpdir="$WORK" -cp "$CP" org.wego.plugins.membership.bench.MembersBench \
  "$WORK/wego-plugin-membership.jar" "$WORK/results" > "$WORK/bench.log" 2>&1 &
HELPER=$!
if ! wait "$HELPER"; then
  HELPER=""
  tail -n 40 "$WORK/bench.log" >&2
  keep_log "$WORK/bench.log"
  fail "the members benchmark failed (above: the end of its log)"
fi
HELPER=""
stop "$STACK"; STACK=""

figure() { # name kind p
  grep "^$1 $2 " "$WORK/results" | cut -d' ' -f3 | percentile "$3"
}
seeded=$(grep '^seed ' "$WORK/results" | cut -d' ' -f3)
printf '\n%-16s %10s %10s %10s %10s %12s %12s %6s\n' "query" "svc p50" "svc p95" "raw p50" "raw p95" "p95 svc/raw" "p50 svc/raw" "goal"
for name in search page count focus-count contains-page; do
  sp50=$(figure "$name" service 50); sp95=$(figure "$name" service 95)
  rp50=$(figure "$name" raw 50); rp95=$(figure "$name" raw 95)
  goal="-"
  if [[ "$name" == search || "$name" == page ]]; then
    goal=$(awk -v s="$sp95" -v r="$rp95" 'BEGIN { print (s < 50e6 && s < 2 * r) ? "met" : "MISSED" }')
  fi
  printf '%-16s %10s %10s %10s %10s %12s %12s %6s\n' "$name" "$(millis "$sp50")" "$(millis "$sp95")" \
    "$(millis "$rp50")" "$(millis "$rp95")" "$(ratio "$sp95" "$rp95")" "$(ratio "$sp50" "$rp50")" "$goal"
done
echo
echo "times in ms, 500 rounds each after 100 warm-up, service and raw SQL alternating in one JVM;"
echo "seeding 250,000 organisations (+ profiles) took $(awk -v ns="$seeded" 'BEGIN { printf "%.1f", ns / 1e9 }') s; schema wego_bench_members dropped."
