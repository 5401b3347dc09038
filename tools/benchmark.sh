#!/usr/bin/env bash
# The benchmark of docs/benchmarks.md in one command: builds Nachlese (with its src/bench tools) and the separate Solr
# runner (bench/solr), then runs de.nachlese.bench.BenchmarkRun, which starts every engine in a JVM of its own and
# writes target/benchmarks/report-<items>.md. Options (all optional):
#   --items N (10000)  --seed S (42)  --engines lucene,nachlese,http,solr  --reindex  --rounds N (10)  --warmup N (3)
#   --seconds N (10, in-process throughput)  --http-seconds N (10)  --http-rates auto (¼, ½, ¾ of the closed-loop HTTP throughput, then 1000)  --heap 256m
#   --solr-heap 1g  --port 18301  --dir DIR (target/benchmarks/<items>)
# The corpus and the index of a size are kept and reused; --reindex measures indexing again.
set -euo pipefail
cd "$(dirname "$0")/.."

. tools/find-java.sh
if ! find_java 21; then
  echo "benchmark: needs a JDK 21 or newer (JAVA_HOME, PATH or /usr/lib/jvm)" >&2
  exit 3
fi

mvn -B -ntp -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
(cd bench/solr && mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)

# The server runs as bin/nachlese runs it: from the unpacked jar with the JDK 25 start-up cache, built here for the
# jar just packaged (the HTTP step also times one start without the cache).
server=()
if [ "$java_major" -ge 25 ]; then
  JAVA_HOME="$(dirname "$(dirname "$java")")" bin/nachlese aot-cache
  server=(--server-jar "$PWD/target/nachlese-aot/nachlese.jar" --aot-cache "$PWD/target/nachlese-aot/nachlese.aot")
fi

exec "$java" -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" de.nachlese.bench.BenchmarkRun \
  "${server[@]}" "$@" 2> >(grep -v -e "^WARNING: Using incubator modules" >&2)
