#!/usr/bin/env bash
# Shipped GraphiQL examples: every operation of every example in api/src/main/resources/static/examples, timed on a
# demo server (in-memory embedded store) twice, as a Markdown table: its first call after the start (cold JVM, cold
# caches), and, after every operation has run once, its call right after a write (cold caches: a write changes the
# data version, so population statistics, fits and results are computed again; the JVM is warm). Transitions gets the
# ids of two rfm snapshots taken first (not timed).
#
#   bench/examples/run.sh                     # the demo's 3,000 customers
#   CUSTOMERS=30000 bench/examples/run.sh
#
# Builds nothing: first run ./mvnw -B -DskipTests package. Environment: CUSTOMERS (3000), PORT (18304), JAVA_OPTS
# (-Xmx4g), JAR and PLUGINS.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CUSTOMERS=${CUSTOMERS:-3000}
PORT=${PORT:-18304}
URL=http://localhost:$PORT
EXAMPLES=$ROOT/api/src/main/resources/static/examples
LOG=$(mktemp -t customer-lens-examples.XXXXXX.log)

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"

post() { # $1: JSON body; prints the answer
  curl -s "$URL/graphql" -H 'Content-Type: application/json' -d "$1"
}

snapshot() { # takes a snapshot of rfm and waits for it; prints its id
  local id
  id=$(post '{"query": "mutation { startSnapshot(input: {models: [{model: \"rfm\"}]}) { id } }"}' | jq -r '.data.startSnapshot.id')
  until [[ "$(post "{\"query\": \"{ snapshot(id: \\\"$id\\\") { state } }\"}" | jq -r '.data.snapshot.state')" == COMPLETED ]]; do
    sleep 0.5
  done
  echo "$id"
}

start_sample_server "$LOG" "$PORT"
variables=$(jq -cn --arg from "$(snapshot)" --arg to "$(snapshot)" '{from: $from, to: $to}')

timed() { # $1: example file, $2: operation; prints seconds, or the error
  local body seconds
  body=$(jq -cn --rawfile q "$1" --arg op "$2" --argjson v "$variables" '{query: $q, operationName: $op, variables: $v}')
  seconds=$(curl -s -o "$LOG.answer" -w '%{time_total}' "$URL/graphql" -H 'Content-Type: application/json' -d "$body")
  if grep -q '"errors"' "$LOG.answer"; then echo "error: $(head -c 200 "$LOG.answer")"; else echo "$seconds"; fi
}

declare -a FILES OPERATIONS FIRST
for file in "$EXAMPLES"/*.graphql; do
  for operation in $(grep -oE '^(query|mutation) [A-Za-z]+' "$file" | awk '{print $2}'); do
    FILES+=("$file"); OPERATIONS+=("$operation")
  done
done
for i in "${!FILES[@]}"; do # the first call of each after the start: a cold JVM as well as cold caches
  FIRST[$i]=$(timed "${FILES[$i]}" "${OPERATIONS[$i]}")
done

echo "$(basename "$JAR"): $CUSTOMERS customers, $(nproc) cores"
echo
echo "| example | operation | first call after the start, s | cold caches, s |"
echo "|---|---|---|---|"
for i in "${!FILES[@]}"; do
  # A write changes the data version: population statistics, fits and every cached result are computed again.
  post "{\"query\": \"mutation { createCustomer(input: {externalId: \\\"bench-$i\\\", name: \\\"Bench\\\"}) { id } }\"}" \
    | grep -q '"errors"' && { echo "the write before ${OPERATIONS[$i]} failed" >&2; exit 1; }
  echo "| $(basename "${FILES[$i]}") | ${OPERATIONS[$i]} | ${FIRST[$i]} | $(timed "${FILES[$i]}" "${OPERATIONS[$i]}") |"
done
