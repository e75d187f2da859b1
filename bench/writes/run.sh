#!/usr/bin/env bash
# Write benchmark: single recordOrder mutations (each acknowledged before the client sends the next) at 1, 4 and 16
# concurrent clients against the demo (3,000 customers) on a file-backed embedded store. Prints a Markdown table:
# acknowledged orders per second and latency percentiles.
#
#   bench/writes/run.sh
#
# Builds nothing: first run ./mvnw -B -DskipTests package (server jar and bench/target/benchmarks.jar).
# Environment: JAR (the server jar; another build's to compare), CLIENTS ("1 4 16"), RUN_SECONDS (20), WARMUP (5),
# PORT (18081), SERVER_ARGS (more server arguments, e.g. --customerlens.store.embedded.fsync=false), DATA (folder for
# the store file; a new temporary one by default).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CLIENT=$ROOT/bench/target/benchmarks.jar
CLIENTS=${CLIENTS:-1 4 16}
PORT=${PORT:-18081}
DATA=${DATA:-$(mktemp -d -t customer-lens-writes.XXXXXX)}
URL=http://localhost:$PORT
for file in "$JAR" "$CLIENT"; do
  [[ -f "$file" ]] || { echo "missing $file; build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
done

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"
# shellcheck disable=SC2086
JVM_OPTS=-Xmx2g start_demo_server "$DATA/server.log" "$PORT" \
  --customerlens.store.embedded.file="$DATA/customer-lens.mv" --customerlens.plugins.dir="$DATA/plugins" ${SERVER_ARGS:-}

echo "$(nproc) cores, $(java -version 2>&1 | head -1), $(basename "$JAR") ${SERVER_ARGS:-}"
echo
echo "| run | clients | orders | errors | orders/s | p50 ms | p95 ms | p99 ms |"
echo "|---|---|---|---|---|---|---|---|"
for clients in $CLIENTS; do
  java -cp "$CLIENT" io.customerlens.bench.load.WriteLoad "$URL" "$clients" "${RUN_SECONDS:-20}" "${WARMUP:-5}" \
    "${LABEL:-recordOrder}"
done
