#!/usr/bin/env bash
# ./wego bench anonymous: what anonymous visits of a public page leave on the server's heap.
# A script or crawler that fetches a public Vaadin page (here the certificate check, training/verify)
# and never comes back costs a session and a UI. Measured on the production jar with the training
# plugin, rate limit off (WEGO_PUBLIC_RATE_LIMIT=0), heap after a full GC (jcmd GC.run, then the
# used heap of GC.heap_info), each figure against a baseline taken in the same run:
#  1. baseline: the heap after a warm-up whose sessions have expired;
#  2. 1,000 GETs of a static file (/styles/problem-page.css): what requests alone leave (noise);
#  3. 1,000 GETs of training/verify, right after them: the anonymous sessions still alive (before
#     issue 13 they stayed 60 minutes: about 32 MB);
#  4. the same heap once the anonymous session timeout (WEGO_ANONYMOUS_SESSION_TIMEOUT, the
#     platform's default unless set) and Tomcat's expiry sweep (up to 60 s) have passed: should be
#     flat, i.e. about the static figure.
# Called by ./wego with JAVA_HOME set. WEGO_BENCH_STACK=test uses the test stack already running
# (${XDG_CACHE_HOME:-~/.cache}/wego/test-stack, schema wego_bench_anonymous) instead of starting the
# run stack; WEGO_BENCH_PORT moves the platform off 18080; WEGO_BENCH_NO_BUILD=1 uses the jars as built.
set -euo pipefail
cd "$(dirname "$0")/../.."

VISITS=1000
PORT="${WEGO_BENCH_PORT:-18080}"
TIMEOUT_SECONDS="${WEGO_BENCH_ANONYMOUS_TIMEOUT_SECONDS:-120}" # the platform's default, 2m
SWEEP_SECONDS=70 # Tomcat expires sessions every 60 s (background processor 10 s x 6)
JAVA="${JAVA_HOME:?JAVA_HOME must point to a JDK 25 (run this through ./wego bench anonymous)}/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
APP_JAR="platform/app/target/wego-app-exec.jar"
DEVSTACK_JAR="platform/devstack/target/wego-devstack.jar"
PLUGIN_JAR="plugins/training/target/wego-plugin-training.jar"
RUN_STATE="${XDG_DATA_HOME:-$HOME/.local/share}/wego/run"
TEST_STATE="${XDG_CACHE_HOME:-$HOME/.cache}/wego/test-stack"
START_TIMEOUT=300
WORK="$(mktemp -d)"
STACK=""
APP=""
MVN=(./mvnw -B -q)

stop() { [[ -n "$1" ]] || return 0; kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
cleanup() { trap - EXIT INT TERM; stop "$APP"; stop "$STACK"; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT TERM
fail() { echo "bench: $*" >&2; exit 1; }
keep_log() {
  local kept="${TMPDIR:-/tmp}/wego-bench-anonymous-$(basename "$1")"
  cp "$1" "$kept" 2>/dev/null && echo "bench: full log kept in $kept" >&2 || true
}
healthy() { curl -fsS "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; }
used_kb() { # the used heap after two full GCs, in KB
  "$JCMD" "$APP" GC.run >/dev/null; sleep 1; "$JCMD" "$APP" GC.run >/dev/null; sleep 1
  "$JCMD" "$APP" GC.heap_info | sed -n '/heap/s/.*[ ,]used \([0-9]*\)K.*/\1/p' | head -1
}
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
delta() { awk -v kb="$1" 'BEGIN { printf "%+.1f", kb / 1024 }'; }
visits() { # path count: anonymous GETs, each without cookies (a new visitor); all must answer 200
  local codes
  codes="$(seq "$2" | xargs -P 4 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H 'Accept: text/html' \
      "http://localhost:$PORT/$1" | sort | uniq -c | tr -s ' ')"
  [[ "$codes" == " $2 200" ]] || fail "GET /$1 x $2 answered: $codes"
}

if healthy; then fail "something already answers on port $PORT; stop it first"; fi

if [[ "${WEGO_BENCH_NO_BUILD:-}" != 1 ]]; then
  echo "bench: building the platform, the dev stack and the training plugin"
  "${MVN[@]}" -Dspotless.check.skip=true -DskipTests -pl platform/app,platform/devstack,plugins/training -am install \
    || fail "the build failed (see above)"
fi
mkdir -p "$WORK/plugins" "$WORK/files" "$WORK/devstack"
cp "$APP_JAR" "$WORK/wego-app-exec.jar"
cp "$PLUGIN_JAR" "$WORK/plugins/"
cp -r "$DEVSTACK_JAR" "$(dirname "$DEVSTACK_JAR")/lib" "$WORK/devstack/"

echo "== anonymous visits benchmark ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1))"
if [[ "${WEGO_BENCH_STACK:-run}" == test ]]; then
  [[ -f "$TEST_STATE/stack.env" ]] || fail "no test stack running ($TEST_STATE/stack.env missing)"
  # shellcheck disable=SC1091
  . "$TEST_STATE/stack.env"
  for name in $(compgen -e | grep '^WEGO_TEST_'); do export "WEGO_${name#WEGO_TEST_}=${!name}"; done
  export WEGO_DB_URL="${WEGO_DB_URL%/}/wego_bench_anonymous?createDatabaseIfNotExist=true"
else
  echo "bench: starting the run stack (MariaDB, Keycloak, mail sink)"
  "$JAVA" -jar "$WORK/devstack/wego-devstack.jar" --mode=run > "$WORK/stack.log" 2>&1 &
  STACK=$!
  until grep -q '^WEGO STACK READY' "$WORK/stack.log"; do
    kill -0 "$STACK" 2>/dev/null || { tail -n 30 "$WORK/stack.log" >&2; STACK=""; fail "the run stack did not start (is ./wego run going?)"; }
    sleep 0.2
  done
  # shellcheck disable=SC1091
  . "$RUN_STATE/stack.env"
fi

echo "bench: the production jar with the training plugin on port $PORT (-Xmx512m, rate limit off)"
WEGO_PORT=$PORT WEGO_PLUGINS_DIR="$WORK/plugins" WEGO_FILES_DIR="$WORK/files" WEGO_PUBLIC_RATE_LIMIT=0 \
  WEGO_ANONYMOUS_SESSION_TIMEOUT="${TIMEOUT_SECONDS}s" \
  "$JAVA" -Xmx512m -jar "$WORK/wego-app-exec.jar" > "$WORK/app.log" 2>&1 &
APP=$!
deadline=$(( $(date +%s) + START_TIMEOUT ))
until healthy; do
  kill -0 "$APP" 2>/dev/null && (( $(date +%s) < deadline )) || { tail -n 40 "$WORK/app.log" >&2; keep_log "$WORK/app.log"; fail "the platform did not become healthy"; }
  sleep 0.2
done

echo "bench: warm-up (200 visits of each page), then waiting ${TIMEOUT_SECONDS} s + ${SWEEP_SECONDS} s for its sessions to expire"
visits styles/problem-page.css 200
visits training/verify 200
sleep $(( TIMEOUT_SECONDS + SWEEP_SECONDS ))
base=$(used_kb)
visits styles/problem-page.css $VISITS
static=$(used_kb)
visits training/verify $VISITS
alive=$(used_kb)
echo "bench: $VISITS visits done; waiting ${TIMEOUT_SECONDS} s + ${SWEEP_SECONDS} s for the anonymous sessions to expire"
sleep $(( TIMEOUT_SECONDS + SWEEP_SECONDS ))
after=$(used_kb)
stop "$APP"; APP=""
stop "$STACK"; STACK=""

printf '\n%-72s %10s %14s\n' "heap after full GC" "used MB" "vs baseline"
printf '%-72s %10s %14s\n' "baseline (warm, no live anonymous session)" "$(mb "$base")" "+0.0"
printf '%-72s %10s %14s\n' "after $VISITS GETs of a static file" "$(mb "$static")" "$(delta $((static - base)))"
printf '%-72s %10s %14s\n' "after $VISITS anonymous GETs of training/verify, sessions alive" "$(mb "$alive")" "$(delta $((alive - base)))"
printf '%-72s %10s %14s\n' "the same after the ${TIMEOUT_SECONDS} s anonymous timeout and the expiry sweep" "$(mb "$after")" "$(delta $((after - base)))"
echo
echo "retained per $VISITS anonymous visits: $(delta $((alive - static))) MB while their sessions live (${TIMEOUT_SECONDS} s; was 60 minutes), $(delta $((after - static))) MB after (flat is about 0)"
