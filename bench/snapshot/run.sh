#!/usr/bin/env bash
# Snapshot load test: scores every customer with rfm, value-tier and behavioural through startSnapshot, prints
# done/total/rate every INTERVAL seconds and the final figures, with the peak heap seen by /actuator/metrics.
#
#   bench/snapshot/run.sh              against a server already running at $URL (demo profile: no key needed)
#   START=1 bench/snapshot/run.sh      starts target/customer-lens/customer-lens.jar with CUSTOMERS synthetic
#                                      customers in an in-memory embedded store, runs, then stops it
#
# Environment: URL (http://localhost:8080), INTERVAL (5), CUSTOMERS (100000, with START=1), JAR, JAVA_OPTS,
# SERVER_ARGS (more server arguments, e.g. --server.port=18080 with URL=http://localhost:18080),
# MODELS (the models, as GraphQL ModelChoice literals), API_KEY (sent as X-API-Key when set).
set -euo pipefail

URL=${URL:-http://localhost:8080}
INTERVAL=${INTERVAL:-5}
CUSTOMERS=${CUSTOMERS:-100000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
MODELS=${MODELS:-'{model: "rfm"}, {model: "value-tier"}, {model: "behavioural"}'}
HEADERS=(-H 'Content-Type: application/json')
[[ -n "${API_KEY:-}" ]] && HEADERS+=(-H "X-API-Key: $API_KEY")

server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

graphql() { # $1: GraphQL document; prints the JSON response, fails on errors
  local body response
  body=$(jq -n --arg q "$1" '{query: $q}')
  response=$(curl -sS "$URL/graphql" "${HEADERS[@]}" -d "$body")
  if jq -e '.errors' <<<"$response" >/dev/null; then
    echo "GraphQL error: $(jq -c '.errors' <<<"$response")" >&2
    return 1
  fi
  echo "$response"
}

heap_mb() { # heap in use now, in MB (empty if metrics are not reachable)
  curl -sS "$URL/actuator/metrics/jvm.memory.used?tag=area:heap" "${HEADERS[@]}" 2>/dev/null \
    | jq -r '.measurements[0].value / 1048576 | floor' 2>/dev/null || true
}

if [[ "${START:-0}" == 1 ]]; then
  [[ -f "$JAR" ]] || { echo "no server jar at $JAR; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }
  log=$(mktemp -t customer-lens-bench.XXXXXX.log)
  echo "starting $JAR with $CUSTOMERS customers (log: $log)"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=demo --customerlens.sample-data.customers="$CUSTOMERS" \
    --customerlens.store.embedded.file= ${SERVER_ARGS:-} >"$log" 2>&1 &
  server_pid=$!
  loading=$(date +%s)
  # Customers are inserted last, in chunks, so the API answers before all of them are in: wait for the loader.
  until grep -q 'Loaded sample data' "$log"; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server stopped; see $log" >&2; exit 1; }
    sleep 2
  done
  echo "server up with sample data after $(( $(date +%s) - loading )) s"
  grep -m1 'Loaded sample data' "$log"
fi

started=$(graphql "mutation { startSnapshot(input: {models: [$MODELS]}) { id total models { model { id version } } } }")
id=$(jq -r '.data.startSnapshot.id' <<<"$started")
total=$(jq -r '.data.startSnapshot.total' <<<"$started")
echo "snapshot $id: $total customers, models $(jq -c '[.data.startSnapshot.models[].model | "\(.id) \(.version)"]' <<<"$started")"

peak=0
peak_rss=0
t0=$(date +%s)
while true; do
  sleep "$INTERVAL"
  snapshot=$(graphql "{ snapshot(id: \"$id\") { state done total failed ratePerSecond } }" | jq -c '.data.snapshot')
  heap=$(heap_mb)
  [[ -n "$heap" && "$heap" -gt "$peak" ]] && peak=$heap
  if [[ -n "$server_pid" ]]; then # resident memory of the whole server process, when this script started it
    rss=$(( $(ps -o rss= -p "$server_pid" 2>/dev/null || echo 0) / 1024 ))
    [[ "$rss" -gt "$peak_rss" ]] && peak_rss=$rss
  fi
  printf '%4ss  %s  %s/%s done, %s failed, %s/s, heap %s MB\n' "$(( $(date +%s) - t0 ))" \
    "$(jq -r .state <<<"$snapshot")" "$(jq -r .done <<<"$snapshot")" "$(jq -r .total <<<"$snapshot")" \
    "$(jq -r .failed <<<"$snapshot")" "$(jq -r .ratePerSecond <<<"$snapshot")" "${heap:-?}"
  [[ "$(jq -r .state <<<"$snapshot")" != RUNNING ]] && break
done

final=$(graphql "{ snapshot(id: \"$id\") { state total done failed failures ratePerSecond startedAt finishedAt error } }" \
  | jq '.data.snapshot')
echo "final: $(jq -c . <<<"$final")"
started_at=$(jq -r .startedAt <<<"$final"); finished_at=$(jq -r .finishedAt <<<"$final")
seconds=$(( $(date -d "$finished_at" +%s) - $(date -d "$started_at" +%s) ))
heap_max=$(curl -sS "$URL/actuator/metrics/jvm.memory.max?tag=area:heap" "${HEADERS[@]}" 2>/dev/null \
  | jq -r '.measurements[0].value / 1048576 | floor' 2>/dev/null || echo '?')
echo
echo "| customers | seconds | customers/s | failed | peak heap used (MB, sampled every ${INTERVAL}s) | heap max (MB) | peak process RSS (MB) |"
echo "|---|---|---|---|---|---|---|"
echo "| $(jq -r .done <<<"$final") | $seconds | $(jq -r .ratePerSecond <<<"$final") | $(jq -r .failed <<<"$final") | $peak | $heap_max | ${peak_rss/#0/n/a} |"

# Reads served from the stored scores (on the embedded server these scan the scores collection).
timed() { # $1: label, $2: GraphQL document
  local body seconds
  body=$(jq -n --arg q "$2" '{query: $q}')
  seconds=$(curl -sS -o /dev/null -w '%{time_total}' "$URL/graphql" "${HEADERS[@]}" -d "$body")
  echo "| $1 | $seconds |"
}
echo
echo "| read from snapshot $id | seconds |"
echo "|---|---|"
timed 'customers(filter: {segment: rfm in [champions]}, first: 20)' \
  "{ customers(first: 20, filter: {segment: {model: \"rfm\", in: [\"champions\"]}}) { edges { node { id } } } }"
timed 'customers(orderBy: behavioural DESC, first: 20)' \
  "{ customers(first: 20, orderBy: {model: \"behavioural\"}) { edges { node { id } } } }"
timed 'segmentTransitions(model: rfm, from = to)' \
  "{ segmentTransitions(model: \"rfm\", from: \"$id\", to: \"$id\") { inBoth stayed } }"
