#!/usr/bin/env bash
# Runs the JMH benchmarks: bench/jmh.sh [JMH options], e.g. bench/jmh.sh SessionBenchmark -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl bench/jmh -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -cp "bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)" org.openjdk.jmh.Main "$@"
