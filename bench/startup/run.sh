#!/usr/bin/env bash
# Start-up benchmark of the demo (3,000 customers, file-backed embedded store): the time from launching the jar to
# the first answer to the README's first query that carries data, on the first start (sample data loaded), after a
# clean stop (twice), and after kill -9. Prints a Markdown table with the store file size before each start.
#
#   bench/startup/run.sh
#
# Builds nothing: first run ./mvnw -B -DskipTests package. Environment: JAR, PORT (18201), DATA (a new temporary
# folder: the working directory of the server, which keeps its store in data/ under it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
PORT=${PORT:-18201}
DATA=${DATA:-$(mktemp -d -t customer-lens-startup.XXXXXX)}
[[ -f "$JAR" ]] || { echo "no server jar at $JAR; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }
QUERY='{"query":"{ customers(first: 5) { edges { node { name segment(model: \"rfm\") { label } } } } }"}'
cd "$DATA"

server_pid=""
trap '[[ -n "$server_pid" ]] && kill -9 "$server_pid" 2>/dev/null || true' EXIT

start() { # $1: label; prints a table row once the first query answers with data
  local size started ended
  size=$( [[ -f data/customer-lens.mv ]] && du -k data/customer-lens.mv | cut -f1 || echo 0)
  started=$(date +%s.%N)
  java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" >"$1.log" 2>&1 &
  server_pid=$!
  until curl -s "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' -d "$QUERY" 2>/dev/null \
      | grep -q '"label"'; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server stopped; see $DATA/$1.log" >&2; exit 1; }
    sleep 0.1
  done
  ended=$(date +%s.%N)
  printf '| %s | %s KB | %.1f s | %s |\n' "$1" "$size" "$(echo "$ended - $started" | bc)" \
    "$(grep -o 'unique indexes rebuilt in [0-9]* ms' "$1.log" || true)"
}

stop() { # $1: signal
  kill -"$1" "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

echo "$(nproc) cores, $(java -version 2>&1 | head -1), $DATA"
echo
echo "| start | store file before | first answer with data | after a crash |"
echo "|---|---|---|---|"
start first
stop TERM
start "after a clean stop"
stop TERM
start "after a clean stop (again)"
stop KILL
start "after kill -9"
stop TERM
