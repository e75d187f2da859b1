#!/usr/bin/env bash
# Page benchmark: how long one client waits for pages of customers, by population size. Starts the server with a
# synthetic population in an in-memory embedded store, asks each page REPEAT times in turn (after WARMUP rounds) and
# prints the median and the 95th percentile of each, in milliseconds, as a Markdown table.
#
#   CUSTOMERS=30000 bench/pages/run.sh
#
# The scored and plain pages of 100 are asked alternately, so that their ratio compares like with like; the scored
# page's results come from the score cache after the first round, as they do for a screen that is refreshed.
# Builds nothing: first run ./mvnw -B -DskipTests package. Environment: CUSTOMERS (3000), REPEAT (100; fewer rounds leave the JIT colder and the medians noisier), WARMUP (5),
# PORT (18302), JAVA_OPTS (-Xmx4g), JAR and PLUGINS (another build's jar and plugin folder, to compare),
# SERVER_ARGS (e.g. --spring.mongodb.uri=... to measure MongoDB instead).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CUSTOMERS=${CUSTOMERS:-3000}
REPEAT=${REPEAT:-100}
WARMUP=${WARMUP:-5}
PORT=${PORT:-18302}
URL=http://localhost:$PORT
LOG=$(mktemp -t customer-lens-pages.XXXXXX.log)

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"
# shellcheck disable=SC2086
start_sample_server "$LOG" "$PORT" ${SERVER_ARGS:-}

after=$(curl -s "$URL/graphql" -H 'Content-Type: application/json' \
  -d '{"query": "{ customers(first: 100) { pageInfo { endCursor } } }"}' | jq -r '.data.customers.pageInfo.endCursor')

declare -a LABELS=("first page of 20" "next page of 20 (after a cursor)" "page of 20, region filter"
  "page of 100, plain" "page of 100, scored (rfm, nps, behavioural)")
declare -a QUERIES=(
  '{ customers(first: 20) { edges { node { id name region } } } }'
  "{ customers(first: 20, after: \"$after\") { edges { node { id name region } } } }"
  '{ customers(first: 20, filter: {region: "EU-West"}) { edges { node { id name region } } } }'
  '{ customers(first: 100) { edges { node { id name region } } } }'
  '{ customers(first: 100) { edges { node { id name region segment(model: "rfm") { code label }
      satisfaction(model: "nps") { value } loyalty(model: "behavioural") { value } } } } }'
)

ask() { # $1: GraphQL query; prints milliseconds
  local body
  body=$(jq -cn --arg q "$1" '{query: $q}')
  curl -s -o "$LOG.answer" -w '%{time_total}' "$URL/graphql" -H 'Content-Type: application/json' -d "$body" \
    | awk '{printf "%.1f\n", $1 * 1000}'
  if grep -q '"errors"' "$LOG.answer"; then echo "error: $(head -c 300 "$LOG.answer")" >&2; exit 1; fi
}

declare -A TIMES
for ((round = 0; round < WARMUP + REPEAT; round++)); do
  for i in "${!QUERIES[@]}"; do
    ms=$(ask "${QUERIES[$i]}")
    ((round >= WARMUP)) && TIMES[$i]+="$ms "
  done
done

quantile() { # $1: q, stdin: numbers
  sort -n | awk -v q="$1" '{v[NR] = $1} END {i = int(q * (NR - 1)) + 1; print v[i]}'
}

echo "$(basename "$JAR"): $CUSTOMERS customers, $(nproc) cores, $REPEAT rounds after $WARMUP"
echo
echo "| page | p50 ms | p95 ms |"
echo "|---|---|---|"
for i in "${!QUERIES[@]}"; do
  values=$(tr ' ' '\n' <<<"${TIMES[$i]}" | grep .)
  echo "| ${LABELS[$i]} | $(quantile 0.5 <<<"$values") | $(quantile 0.95 <<<"$values") |"
done
plain=$(tr ' ' '\n' <<<"${TIMES[3]}" | grep . | quantile 0.5)
scored=$(tr ' ' '\n' <<<"${TIMES[4]}" | grep . | quantile 0.5)
echo
echo "scored / plain (ratio of the medians of 100-customer pages): $(awk -v s="$scored" -v p="$plain" 'BEGIN {printf "%.2f", s / p}')"
