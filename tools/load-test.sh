#!/usr/bin/env bash
# Load test on this machine: builds, starts the server on the demo archive on loopback in its own JVM, then runs
# de.nachlese.bench.load.LoadTest against it: warm-up; 300 requests/s of mixed searches for 60 s (must be 0 errors,
# reports p50/p99); steps the rate up until p99 or errors break (the sustainable rate); twice that rate for 25 s (the
# excess must be shed fast with 503); the base rate again, reporting the seconds until all answers are 2xx with
# normal latency (must be <= 10). Exit code 0 when all of that held.
#
# Usage: tools/load-test.sh [--port=18200] [--skip-build] [LoadTest options, e.g. --rate=300 --seconds=60 --steps=400,500]
# Writes the report to target/load-test-report.txt, the server log to target/load-test-server.log and its GC log to
# target/load-test-gc.log. SERVER_JAVA_OPTS replaces the server's heap settings (default -Xms1g -Xmx1g).
# Needs a JDK 21+ (found like bin/nachlese does, or JAVA=/path/to/java) and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

port=18200
build=1
pass=()
for arg in "$@"; do
  case "$arg" in
    --port=*) port="${arg#--port=}" ;;
    --skip-build) build=0 ;;
    *) pass+=("$arg") ;;
  esac
done

. tools/find-java.sh
if [ -n "${JAVA:-}" ]; then
  java="$JAVA"
else
  find_java 21 || { echo "load-test: needs Java 21 or newer (set JAVA=…)" >&2; exit 3; }
fi

if [ "$build" = 1 ]; then
  # package compiles the bench sources with the tests (skipTests only skips running them)
  mvn -B -ntp -q -Dstyle.color=never package -DskipTests
fi
mvn -B -ntp -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-test.classpath
[ -f target/nachlese.jar ] || { echo "load-test: target/nachlese.jar missing; run without --skip-build" >&2; exit 3; }

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# the server alone in its JVM, on loopback (the default server.address), with a fresh index of the demo archive
# a fixed 1 GB heap: the default initial heap (1/64 of RAM) makes G1 collect every few seconds under load
"$java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED ${SERVER_JAVA_OPTS:--Xms1g -Xmx1g} \
  -Xlog:gc:file=target/load-test-gc.log -jar target/nachlese.jar \
  --server.port="$port" --server.address=127.0.0.1 --nachlese.index-dir="$work/index" \
  > target/load-test-server.log 2>&1 &
server=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "load-test: the server did not start; see target/load-test-server.log" >&2; exit 3; }
  sleep 0.5
done
echo "server up on 127.0.0.1:$port (pid $server): $(grep -o 'Indexed [0-9]* issues.*' target/load-test-server.log | head -1)"

# the generator in a JVM of its own, so its work does not run in the server's heap or threads
"$java" -cp "target/test-classes:$(cat target/load-test.classpath)" de.nachlese.bench.load.LoadTest \
  --target="http://127.0.0.1:$port" --report=target/load-test-report.txt ${pass[@]+"${pass[@]}"}
