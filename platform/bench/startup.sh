#!/usr/bin/env bash
# ./wego bench startup: how long until the platform answers its health check.
#  1. baseline: a bare JVM start (java -version), best of 5, measured in this run on this machine;
#  2. the production jar against a running stack, best of 5: time to HTTP 200 on /actuator/health;
#  3. ./wego run started twice with no source change: time from the command to a healthy platform
#     (the second start is the figure developers live with), and a check that Ctrl-C leaves no process.
# Figures are printed in seconds and as ratios to the baseline. Called by ./wego with JAVA_HOME set.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=5
PORT=18080
APP_JAR="platform/app/target/wego-app-exec.jar"
DEVSTACK_JAR="platform/devstack/target/wego-devstack.jar"
RUN_STATE="${XDG_DATA_HOME:-$HOME/.local/share}/wego/run"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

now() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
healthy() { curl -fsS "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; }
wait_healthy() { # pid: waits for health while the process lives
  until healthy; do kill -0 "$1" 2>/dev/null || return 1; sleep 0.05; done
}
best() { sort -n | head -1; }

if [[ ! -f "$APP_JAR" || ! -f "$DEVSTACK_JAR" ]]; then
  echo "bench: building the platform first"
  ./mvnw -B -q -DskipTests -pl platform/app,platform/devstack -am install
fi
if healthy; then
  echo "bench: something already answers on port $PORT; stop it first" >&2
  exit 1
fi

echo "== startup benchmark ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"

# 1. Baseline
for _ in $(seq $RUNS); do
  start=$(now); "$JAVA_HOME/bin/java" -version >/dev/null 2>&1; echo $(( $(now) - start ))
done > "$WORK/baseline"
baseline=$(best < "$WORK/baseline")

# 3 first, so that step 2 can reuse nothing from it: ./wego run twice (build skipped if nothing changed).
for attempt in 1 2; do
  start=$(now)
  WEGO_PORT=$PORT ./wego run > "$WORK/run-$attempt.log" 2>&1 &
  launcher=$!
  if ! wait_healthy "$launcher"; then
    tail -n 30 "$WORK/run-$attempt.log" >&2; echo "bench: ./wego run did not come up" >&2; exit 1
  fi
  echo $(( $(now) - start )) > "$WORK/wego-run-$attempt"
  # TERM, which ./wego handles exactly like Ctrl-C: a background job of a script ignores SIGINT.
  kill -TERM "$launcher"; wait "$launcher" 2>/dev/null || true
  sleep 1
  if pgrep -f -- "--datadir=$RUN_STATE" >/dev/null || pgrep -f "keycloak.*--http-port=8180" >/dev/null \
      || pgrep -f "$APP_JAR" >/dev/null; then
    echo "bench: processes left after Ctrl-C of ./wego run:" >&2
    pgrep -fa -- "--datadir=$RUN_STATE|http-port=8180|$APP_JAR" >&2 || true
    exit 1
  fi
done
first_run=$(cat "$WORK/wego-run-1")
second_run=$(cat "$WORK/wego-run-2")

# 2. The production jar, started RUNS times against one running stack.
"$JAVA_HOME/bin/java" -jar "$DEVSTACK_JAR" --mode=run > "$WORK/stack.log" 2>&1 &
stack=$!
until grep -q '^WEGO STACK READY' "$WORK/stack.log"; do
  kill -0 "$stack" 2>/dev/null || { cat "$WORK/stack.log" >&2; exit 1; }
  sleep 0.2
done
# shellcheck disable=SC1091
. "$RUN_STATE/stack.env"
for i in $(seq $RUNS); do
  start=$(now)
  WEGO_PORT=$PORT "$JAVA_HOME/bin/java" -jar "$APP_JAR" > "$WORK/app-$i.log" 2>&1 &
  app=$!
  wait_healthy "$app" || { tail -n 30 "$WORK/app-$i.log" >&2; kill "$stack"; exit 1; }
  echo $(( $(now) - start ))
  kill "$app"; wait "$app" 2>/dev/null || true
done > "$WORK/jar"
kill "$stack"; wait "$stack" 2>/dev/null || true
jar=$(best < "$WORK/jar")

printf '\n%-58s %8s %10s\n' "measure" "seconds" "x baseline"
printf '%-58s %8s %10s\n' "baseline: bare JVM start (java -version), best of $RUNS" "$(secs "$baseline")" "1.0"
printf '%-58s %8s %10s\n' "production jar to healthy (stack running), best of $RUNS" "$(secs "$jar")" "$(ratio "$jar" "$baseline")"
printf '%-58s %8s %10s\n' "./wego run to healthy, first of two starts" "$(secs "$first_run")" "$(ratio "$first_run" "$baseline")"
printf '%-58s %8s %10s\n' "./wego run to healthy, second start (no source change)" "$(secs "$second_run")" "$(ratio "$second_run" "$baseline")"
echo "all jar starts (s): $(while read -r t; do printf '%s ' "$(secs "$t")"; done < "$WORK/jar")"
echo "Ctrl-C of ./wego run left no MariaDB, Keycloak or platform process behind (checked twice)."
