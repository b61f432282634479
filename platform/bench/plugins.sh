#!/usr/bin/env bash
# ./wego bench plugins: what plugins cost at start and while the platform runs.
#  1. baseline: a bare JVM start (java -version), best of 5, measured in this run on this machine;
#  2. the production jar against the run stack, time to HTTP 200 on /actuator/health, best of 5:
#     with an empty plugins folder, then with 10 complete fixture plugins (bench-1 ... bench-10: a
#     table by Liquibase, a view, a menu entry, a widget, a permission, a job every second, messages);
#     the first start with plugins also migrates their tables, so every start is listed;
#  3. installing one such plugin while the platform runs (PluginRuntime.install until STARTED, then
#     uninstall with its data), 5 times in one JVM booted in-process against the same stack; its
#     baseline, in the same JVM: loading the jar with a plain URLClassLoader and instantiating its
#     entry class reflectively, best of 5.
# The bench leaves no plugin table behind in the run database: the in-process platform installs and
# uninstalls (with their data) the 10 plugins at the end. Called by ./wego with JAVA_HOME set.
# Step 3's timing (InstallBench.installOnce against plainLoad) also runs under ./wego test as InstallBenchIT on the
# harness Bench, one round (a smoke run), so a runtime change that breaks it fails the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The platform runs only signed plugins: the bench's plugin jars are signed with the checkout's development
# key (made by the build in .wego-dev-key/), so the platforms started here trust that key.
export WEGO_PLUGIN_TRUST="$PWD/.wego-dev-key/dev-trust.p12" WEGO_PLUGIN_TRUST_PASSWORD=wego-dev-trust

RUNS=5
PLUGINS=10
PORT=18080
START_TIMEOUT=300 # seconds a start may take before the bench gives up
JAVA="${JAVA_HOME:?JAVA_HOME must point to a JDK 25 (run this through ./wego bench plugins)}/bin/java"
APP_JAR="platform/app/target/wego-app-exec.jar"
DEVSTACK_JAR="platform/devstack/target/wego-devstack.jar"
CLASSPATH_FILE="platform/app/target/bench-classpath.txt"
RUN_STATE="${XDG_DATA_HOME:-$HOME/.local/share}/wego/run"
WORK="$(mktemp -d)"
STACK=""
APP=""
HELPER=""

stop() { # pid: TERM, then wait for it to end
  [[ -n "$1" ]] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  trap - EXIT INT TERM
  stop "$HELPER"
  stop "$APP"
  stop "$STACK"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT TERM

fail() { echo "bench: $*" >&2; exit 1; }
keep_log() { # file: a copy outside WORK (which goes at exit), named on stderr
  local kept="${TMPDIR:-/tmp}/wego-bench-plugins-$(basename "$1")"
  cp "$1" "$kept" 2>/dev/null && echo "bench: full log kept in $kept" >&2 || true
}
now() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
millis() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
healthy() { curl -fsS "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; }
wait_healthy() { # pid: waits for health while the process lives, at most START_TIMEOUT seconds
  local deadline=$(( $(date +%s) + START_TIMEOUT ))
  until healthy; do
    kill -0 "$1" 2>/dev/null || return 1
    (( $(date +%s) < deadline )) || return 1
    sleep 0.05
  done
}
best() { sort -n | head -1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
list_secs() { while read -r t; do secs "$t"; echo; done < "$1" | paste -sd' '; }
list_millis() { while read -r t; do millis "$t"; echo; done < "$1" | paste -sd' '; }
log_ns() { date -d "$(cut -d' ' -f1 <<< "$1")" +%s%N; } # a log line: its timestamp in ns

if healthy; then
  fail "something already answers on port $PORT; stop it first"
fi

# Build once: the production jar, the dev stack, and the app's test classes (the helpers below).
# Formatting is checked by ./wego test, not here: a bench measures the code, however it is laid out.
echo "bench: building the platform, the dev stack and the bench helpers"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl platform/app,platform/devstack -am install \
  || fail "the build failed (see above)"
./mvnw -B -q -pl platform/app dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || fail "could not write the test class path of platform/app"
[[ -f "$APP_JAR" && -f "$DEVSTACK_JAR" && -s "$CLASSPATH_FILE" ]] || fail "the build left no $APP_JAR, $DEVSTACK_JAR or $CLASSPATH_FILE"
# Everything run below is a copy of what was just built: a build running beside the bench (another
# checkout's ./wego test, an IDE) rewrites target/ and would pull jars and classes from under it.
mkdir -p "$WORK/tmp" "$WORK/empty" "$WORK/plugins" "$WORK/app" "$WORK/devstack"
cp "$APP_JAR" "$WORK/wego-app-exec.jar"
cp -r "$DEVSTACK_JAR" "$(dirname "$DEVSTACK_JAR")/lib" "$WORK/devstack/" # lib/: its manifest's Class-Path
cp -r platform/app/target/classes platform/app/target/test-classes "$WORK/app/"
APP_JAR="$WORK/wego-app-exec.jar"
DEVSTACK_JAR="$WORK/devstack/wego-devstack.jar"
CP="$WORK/app/test-classes:$WORK/app/classes:$(cat "$CLASSPATH_FILE")"
helper() { # class args...: a bench helper on the app's test class path, its temp files in WORK
  "$JAVA" -Djava.io.tmpdir="$WORK/tmp" -cp "$CP" "org.wego.platform.plugins.bench.$1" "${@:2}"
}

ids=()
for i in $(seq $PLUGINS); do ids+=("bench-$i"); done
helper BenchPlugins "$WORK/plugins" "${ids[@]}" > "$WORK/plugin-jars" \
  || fail "could not build the fixture plugins"
(( $(ls "$WORK/plugins"/*.jar | wc -l) == PLUGINS )) || fail "expected $PLUGINS plugin jars in $WORK/plugins"

echo "== plugins benchmark ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1))"

# 1. Baseline
for _ in $(seq $RUNS); do
  start=$(now); "$JAVA" -version >/dev/null 2>&1; echo $(( $(now) - start ))
done > "$WORK/baseline"
baseline=$(best < "$WORK/baseline")

# The run stack, once for everything below.
echo "bench: starting the run stack (MariaDB, Keycloak, mail sink)"
"$JAVA" -jar "$DEVSTACK_JAR" --mode=run > "$WORK/stack.log" 2>&1 &
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

# 2. The production jar: RUNS starts without plugins, then RUNS with them.
start_jar() { # name plugins-folder: one start to healthy, its time on stdout, its log in WORK/name.log
  local start
  start=$(now)
  WEGO_PORT=$PORT WEGO_PLUGINS_DIR="$2" "$JAVA" -jar "$APP_JAR" > "$WORK/$1.log" 2>&1 &
  APP=$!
  if ! wait_healthy "$APP"; then
    tail -n 40 "$WORK/$1.log" >&2
    keep_log "$WORK/$1.log"
    fail "the production jar did not become healthy ($1, within $START_TIMEOUT s)"
  fi
  echo $(( $(now) - start ))
  stop "$APP"; APP=""
}
echo "bench: $RUNS starts of the production jar without plugins, then $RUNS with $PLUGINS plugins"
for i in $(seq $RUNS); do start_jar "empty-$i" "$WORK/empty"; done > "$WORK/jar-empty"
for i in $(seq $RUNS); do
  start_jar "plugins-$i" "$WORK/plugins"
  loaded="$(grep -o 'Plugins from .*' "$WORK/plugins-$i.log" | head -1)"
  started="$(grep -o 'bench-[0-9]* STARTED' <<< "$loaded" | wc -l)"
  if (( started != PLUGINS )); then
    grep -E 'Plugin .* failed' "$WORK/plugins-$i.log" >&2 || true
    keep_log "$WORK/plugins-$i.log"
    fail "start $i with plugins: $started of $PLUGINS started (${loaded:-no 'Plugins from' line in the log})"
  fi
  # The runtime's own share of the start, from its log: the first line naming a plugin to its summary.
  first="$(grep -m1 "Plugin 'bench-" "$WORK/plugins-$i.log")"
  last="$(grep -m1 'Plugins from ' "$WORK/plugins-$i.log")"
  echo $(( $(log_ns "$last") - $(log_ns "$first") )) >> "$WORK/plugin-loading"
done > "$WORK/jar-plugins"
jar_empty=$(best < "$WORK/jar-empty")
jar_plugins=$(best < "$WORK/jar-plugins")
# Liquibase sums up each changelog it applies ("Run: N" change sets); the plugins' ran at the first
# start unless an interrupted earlier bench left their tables behind.
migrated="$(awk '/Reading from .*\.bench_[0-9]+_changelog/ { bench = 1 }
                 / Run: +[0-9]+/ { if (bench && $NF > 0) n++; bench = 0 }
                 END { print n + 0 }' "$WORK/plugins-1.log")"

# 3. Install at runtime, in-process; then the clean-up of the 10 plugins' tables.
echo "bench: installing a plugin at runtime, $RUNS times, in a platform booted in-process"
mapfile -t jars < "$WORK/plugin-jars"
helper InstallBench "$WORK/install" "${jars[@]}" > "$WORK/install.log" 2>&1 &
HELPER=$!
if ! wait "$HELPER"; then
  HELPER=""
  tail -n 40 "$WORK/install.log" >&2
  keep_log "$WORK/install.log"
  fail "the install benchmark failed (above: the end of its log)"
fi
HELPER=""
grep '^baseline ' "$WORK/install" | cut -d' ' -f2 > "$WORK/plain-load"
grep '^install ' "$WORK/install" | cut -d' ' -f2 > "$WORK/installs"
grep '^uninstall ' "$WORK/install" | cut -d' ' -f2 > "$WORK/uninstalls"
(( $(wc -l < "$WORK/installs") == RUNS )) || fail "the install benchmark reported $(wc -l < "$WORK/installs") installs, not $RUNS"
plain_load=$(best < "$WORK/plain-load")
install_best=$(best < "$WORK/installs")
install_median=$(median < "$WORK/installs")
uninstall_median=$(median < "$WORK/uninstalls")
cleaned="$(grep -c '^cleanup bench-[0-9]* STARTED' "$WORK/install" || true)"

stop "$STACK"; STACK=""

printf '\n%-66s %8s %10s\n' "measure" "seconds" "x baseline"
printf '%-66s %8s %10s\n' "baseline: bare JVM start (java -version), best of $RUNS" "$(secs "$baseline")" "1.0"
printf '%-66s %8s %10s\n' "production jar to healthy, no plugins, best of $RUNS" "$(secs "$jar_empty")" "$(ratio "$jar_empty" "$baseline")"
printf '%-66s %8s %10s\n' "production jar to healthy, $PLUGINS plugins, best of $RUNS" "$(secs "$jar_plugins")" "$(ratio "$jar_plugins" "$baseline")"
printf '\n%-66s %8s %10s\n' "measure" "ms" "x baseline"
printf '%-66s %8s %10s\n' "baseline: plain URLClassLoader, entry class instantiated, best of $RUNS" "$(millis "$plain_load")" "1.0"
printf '%-66s %8s %10s\n' "install one plugin at runtime (to STARTED), best of $RUNS" "$(millis "$install_best")" "$(ratio "$install_best" "$plain_load")"
printf '%-66s %8s %10s\n' "install one plugin at runtime (to STARTED), median of $RUNS" "$(millis "$install_median")" "$(ratio "$install_median" "$plain_load")"
echo
echo "start with $PLUGINS plugins / without: $(ratio "$jar_plugins" "$jar_empty")x (best against best)"
echo "all starts without plugins (s): $(list_secs "$WORK/jar-empty")"
if (( migrated == PLUGINS )); then
  migration_note="the first also created their tables: $PLUGINS changelogs ran"
else
  migration_note="the first created tables for $migrated of $PLUGINS only: the others were left by an interrupted earlier bench (removed now)"
fi
echo "all starts with $PLUGINS plugins (s): $(list_secs "$WORK/jar-plugins") ($migration_note)"
echo "  of which loading the $PLUGINS plugins, per the log (s): $(list_secs "$WORK/plugin-loading")"
echo "all installs (ms): $(list_millis "$WORK/installs"); uninstall with data, median: $(millis "$uninstall_median") ms"
echo "all plain loads (ms): $(list_millis "$WORK/plain-load")"
echo "every start with plugins had all $PLUGINS STARTED; clean-up: $cleaned of $PLUGINS plugins installed and uninstalled with their data."
