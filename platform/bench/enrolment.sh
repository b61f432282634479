#!/usr/bin/env bash
# ./wego bench enrolment: enrolments per second through the training plugin as in production versus
# raw atomic SQL on the same tables, in one JVM, 8 concurrent workers each:
#  1. a separate schema (wego_bench_enrolment) on the run stack's MariaDB, never the run database: the
#     platform boots on it in-process with the training plugin's jar, so both migrations run;
#  2. per phase, 8 open programmes with room for everyone and pending nominations of 40 member cities:
#     for the service made through the plugin's Nominations (each a request in the approvals inbox),
#     for raw SQL inserted by batch;
#  3. a warm-up of 1,000 enrolments per path, then 3 measured rounds of 1,000 per path, alternating:
#       service   the secretariat approves in the platform's ApprovalInbox, whose handler places the
#                 nomination through the plugin's seat service (Seats: programme row lock, locking
#                 counts, audit) in the decision's transaction
#       raw       per nomination one transaction: SELECT ... FOR UPDATE on the programme, then one
#                 conditional UPDATE that enrols only while the enrolled counts are under capacity/quota
# Prints enrolments per second of both and the ratio raw/service. The schema is dropped at the end, and
# the run stack stopped. Called by ./wego with JAVA_HOME set.
# WEGO_BENCH_STACK=test uses the test stack already running (${XDG_CACHE_HOME:-~/.cache}/wego/test-stack)
# instead of starting the run stack, e.g. while ./wego run holds the run stack's ports.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The platform runs only signed plugins: the bench's plugin jars are signed with the checkout's development
# key (made by the build in .wego-dev-key/), so the platforms started here trust that key.
export WEGO_PLUGIN_TRUST="$PWD/.wego-dev-key/dev-trust.p12" WEGO_PLUGIN_TRUST_PASSWORD=wego-dev-trust

JAVA="${JAVA_HOME:?JAVA_HOME must point to a JDK 25 (run this through ./wego bench enrolment)}/bin/java"
DEVSTACK_JAR="platform/devstack/target/wego-devstack.jar"
PLUGIN_JAR="plugins/training/target/wego-plugin-training.jar"
CLASSPATH_FILE="plugins/training/target/bench-classpath.txt"
RUN_STATE="${XDG_DATA_HOME:-$HOME/.local/share}/wego/run"
TEST_STATE="${XDG_CACHE_HOME:-$HOME/.cache}/wego/test-stack"
START_TIMEOUT=300 # seconds the stack may take to start
WORK="$(mktemp -d)"
STACK=""
HELPER=""
MVN=(./mvnw -B -q) # MAVEN_ARGS (Maven 3.9+) adds options, e.g. -o -Dmaven.repo.local=...

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
  local kept="${TMPDIR:-/tmp}/wego-bench-enrolment-$(basename "$1")"
  cp "$1" "$kept" 2>/dev/null && echo "bench: full log kept in $kept" >&2 || true
}

# Build once: the platform, the plugin's jar and its test classes (the bench helper).
echo "bench: building the platform, the dev stack and the training plugin"
"${MVN[@]}" -Dspotless.check.skip=true -DskipTests -pl plugins/training,platform/devstack -am install \
  || fail "the build failed (see above)"
"${MVN[@]}" -pl plugins/training dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || fail "could not write the test class path of plugins/training"
[[ -f "$PLUGIN_JAR" && -f "$DEVSTACK_JAR" && -s "$CLASSPATH_FILE" ]] || fail "the build left no $PLUGIN_JAR, $DEVSTACK_JAR or $CLASSPATH_FILE"
# Copies of what was just built: a build beside the bench rewrites target/.
mkdir -p "$WORK/devstack" "$WORK/training"
cp -r "$DEVSTACK_JAR" "$(dirname "$DEVSTACK_JAR")/lib" "$WORK/devstack/"
cp "$PLUGIN_JAR" "$WORK/wego-plugin-training.jar"
cp -r plugins/training/target/test-classes "$WORK/training/"
# Not the plugin's own classes: the platform loads them from the jar, with the plugin's class loader.
CP="$WORK/training/test-classes:$(cat "$CLASSPATH_FILE")"

echo "== enrolment benchmark ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1))"
if [[ "${WEGO_BENCH_STACK:-run}" == test ]]; then
  [[ -f "$TEST_STATE/stack.env" ]] || fail "no test stack running ($TEST_STATE/stack.env missing)"
  echo "bench: using the test stack already running ($TEST_STATE)"
  # shellcheck disable=SC1091
  . "$TEST_STATE/stack.env"
  # The test stack hands its variables with the prefix WEGO_TEST_; the platform reads WEGO_.
  for name in $(compgen -e | grep '^WEGO_TEST_'); do
    export "WEGO_${name#WEGO_TEST_}=${!name}"
  done
else
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
fi

echo "bench: schema wego_bench_enrolment, 8 workers per path: warm-up, then measured rounds (service and raw alternating)"
"$JAVA" -Djava.io.tmpdir="$WORK" -cp "$CP" org.wego.plugins.training.bench.EnrolmentBench \
  "$WORK/wego-plugin-training.jar" "$WORK/results" > "$WORK/bench.log" 2>&1 &
HELPER=$!
if ! wait "$HELPER"; then
  HELPER=""
  tail -n 40 "$WORK/bench.log" >&2
  keep_log "$WORK/bench.log"
  fail "the enrolment benchmark failed (above: the end of its log)"
fi
HELPER=""
grep '^bench: ' "$WORK/bench.log" || true
stop "$STACK"; STACK=""

rate() { # path: enrolments per second over every measured round
  awk -v p="$1" '$1 == p { n += $2; t += $3 } END { printf "%.1f", n / (t / 1e9) }' "$WORK/results"
}
rounds() { # path: the rate of each round
  awk -v p="$1" '$1 == p { printf "%s%.1f", sep, $2 / ($3 / 1e9); sep = ", " }' "$WORK/results"
}
service=$(rate service); raw=$(rate raw)
printf '\n%-10s %16s   %s\n' "path" "enrolments/s" "per round"
printf '%-10s %16s   %s\n' "service" "$service" "$(rounds service)"
printf '%-10s %16s   %s\n' "raw SQL" "$raw" "$(rounds raw)"
echo
echo "ratio raw/service: $(awk -v a="$raw" -v b="$service" 'BEGIN { printf "%.2f", a / b }')x (the service does the approval, audit and seat rules in one transaction per enrolment)"
echo "8 workers per path; every enrolment checked ENROLLED afterwards and no programme above its capacity; schema wego_bench_enrolment dropped."
