#!/usr/bin/env bash
# Segment-change latency: the demo server (3,000 customers, in-memory store), one WebSocket subscriber to value-tier
# changes, and ROUNDS orders each lifting a basic customer to VIP, one after the other. Prints a Markdown table: events
# received and milliseconds from sending the order to receiving its event (p50, p95, max), and the order's own p50.
#
#   bench/events/run.sh
#
# Builds nothing: first run ./mvnw -B -DskipTests package (server jar and bench/target/benchmarks.jar).
# Environment: JAR (the server jar), ROUNDS (30), PORT (18083).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CLIENT=$ROOT/bench/target/benchmarks.jar
PORT=${PORT:-18083}
DATA=$(mktemp -d -t customer-lens-events.XXXXXX)
for file in "$JAR" "$CLIENT"; do
  [[ -f "$file" ]] || { echo "missing $file; build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
done

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"
JVM_OPTS=-Xmx2g start_demo_server "$DATA/server.log" "$PORT" --customerlens.store.embedded.file=

echo "$(nproc) cores, $(java -version 2>&1 | head -1), $(basename "$JAR")"
echo
echo "| orders | events | order→event p50 ms | p95 ms | max ms | order acknowledged p50 ms |"
echo "|---|---|---|---|---|---|"
java -cp "$CLIENT" io.customerlens.bench.load.SegmentChangeLatency "http://localhost:$PORT" "${ROUNDS:-30}"
