#!/usr/bin/env bash
# HTTP load benchmark: a page of customers with one model per family, through GraphQL and through the plain JSON
# endpoint GET /api/customers (the baseline), at 1, 10 and 50 concurrent clients, with a warm and a cold score cache.
# Prints a Markdown table (see docs/performance.md for how to read it).
#
#   bench/load/run.sh
#
# Builds nothing: first run ./mvnw -B -DskipTests package (server jar and bench/target/benchmarks.jar).
# Environment: CUSTOMERS (10000), CLIENTS ("1 10 50"), RUN_SECONDS (20), WARMUP (10), PAGES (page sizes, "100"), PORT (18080),
# MODELS ("rfm nps behavioural": segmentation, satisfaction, loyalty), JAVA_OPTS (server JVM options, default -Xmx2g),
# CACHES ("warm cold"), DETAILS ("summary full": each result's code and label or value and band, or the whole result
# with reasons, components and explanation), DATA (folder for the embedded store file; a temporary one by default, reused between the two
# server starts), SERVER_ARGS (more server arguments, e.g. --spring.mongodb.uri=mongodb://host/customerlens to
# measure against MongoDB instead of the embedded store).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$ROOT/target/customer-lens/customer-lens.jar
CLIENT=$ROOT/bench/target/benchmarks.jar
CUSTOMERS=${CUSTOMERS:-10000}
CLIENTS=${CLIENTS:-1 10 50}
SECONDS_PER_RUN=${RUN_SECONDS:-20}
WARMUP=${WARMUP:-10}
PAGES=${PAGES:-100}
PORT=${PORT:-18080}
CACHES=${CACHES:-warm cold}
DETAILS=${DETAILS:-summary full}
read -r SEGMENTATION SATISFACTION LOYALTY <<<"${MODELS:-rfm nps behavioural}"
DATA=${DATA:-$(mktemp -d -t customer-lens-load.XXXXXX)}
URL=http://localhost:$PORT

for file in "$JAR" "$CLIENT"; do
  [[ -f "$file" ]] || { echo "missing $file; build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
done

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

start_server() { # $@: extra server arguments
  local log=$DATA/server-$(date +%s).log
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --customerlens.sample-data.customers="$CUSTOMERS" --customerlens.store.embedded.file="$DATA/customer-lens.mv" \
    ${SERVER_ARGS:-} "$@" >"$log" 2>&1 &
  server_pid=$!
  # The sample population is loaded on the first start only; wait until every customer is in.
  until [[ "$(curl -s "$URL/api/customers?first=1" -o /dev/null -w '%{http_code}')" == 200 ]] \
      && grep -qE 'Loaded sample data|already holds' "$log"; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server stopped; see $log" >&2; exit 1; }
    sleep 2
  done
}

load() { # $1 label, $2 mode, $3 clients, $4 page size, $5 detail; a warm run first asks for every page once
  java -cp "$CLIENT" io.customerlens.bench.load.LoadTest --url "$URL" --label "$1" --mode "$2" --clients "$3" \
    --detail "$5" \
    --prime "$([[ "$1" == warm ]] && echo true || echo false)" \
    --seconds "$SECONDS_PER_RUN" --warmup "$WARMUP" --page "$4" \
    --segmentation "$SEGMENTATION" --satisfaction "$SATISFACTION" --loyalty "$LOYALTY"
}

echo "$CUSTOMERS customers, pages of $PAGES, models $SEGMENTATION / $SATISFACTION / $LOYALTY, ${SECONDS_PER_RUN}s per run after ${WARMUP}s warm-up"
echo "$(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| cache | API | detail | clients | page | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for cache in $CACHES; do
  if [[ "$cache" == cold ]]; then
    # No score cache at all: every request scores its 100 customers with the three models again.
    start_server --customerlens.scoring.cache-max-size=0
  else
    start_server
  fi
  for detail in $DETAILS; do
    for page in $PAGES; do
      for clients in $CLIENTS; do
        for mode in rest graphql; do
          load "$cache" "$mode" "$clients" "$page" "$detail"
        done
      done
    done
  done
  stop_server
done
