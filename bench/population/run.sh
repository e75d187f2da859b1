#!/usr/bin/env bash
# Population views benchmark: starts the server with a synthetic population in an in-memory embedded store and times
# analyst views over the whole population, each asked twice: cold (first call after the start: nothing cached) and
# warm (the same call again). Prints a Markdown table.
#
#   CUSTOMERS=30000 bench/population/run.sh
#
# Builds nothing: first run ./mvnw -B -DskipTests package. Environment: CUSTOMERS (3000), ORDER_RATE (1: about 4.8
# orders per customer), JAR and PLUGINS (another build's jar and plugin folder, to compare), PORT (18301),
# JAVA_OPTS (-Xmx4g), LABEL, SERVER_ARGS.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CUSTOMERS=${CUSTOMERS:-3000}
PORT=${PORT:-18301}
URL=http://localhost:$PORT
LOG=$(mktemp -t customer-lens-population.XXXXXX.log)

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"
# shellcheck disable=SC2086
start_sample_server "$LOG" "$PORT" --customerlens.sample-data.order-rate="${ORDER_RATE:-1}" \
  --customerlens.analytics.max-customers=1000000 ${SERVER_ARGS:-}

time_query() { # $1: label, $2: GraphQL query; prints seconds of one call, or the error
  local body seconds
  body=$(jq -cn --arg q "$2" '{query: $q}')
  seconds=$(curl -s -o "$LOG.answer" -w '%{time_total}' "$URL/graphql" -H 'Content-Type: application/json' -d "$body")
  if grep -q '"errors"' "$LOG.answer"; then
    echo "error: $(head -c 300 "$LOG.answer")"
  else
    echo "$seconds"
  fi
}

declare -a LABELS=("compareModels(rfm, lifecycle)" "segmentDistribution(value-tier)" "compareModels(clv, driver-index)"
  "the shipped compare-models example")
declare -a QUERIES=(
  '{ compareModels(a: {model: "rfm"}, b: {model: "lifecycle"}) { customers failed agreement { kappa } } }'
  '{ segmentDistribution(model: "value-tier") { customers segments { code count } } }'
  '{ compareModels(a: {model: "clv"}, b: {model: "driver-index"}) { customers correlation { spearman } } }'
  "$(cat "$ROOT/api/src/main/resources/static/examples/compare-models.graphql")"
)

orders=$(grep -o 'Loaded sample data.*' "$LOG" | grep -o '[0-9]* orders')
echo "${LABEL:-$(basename "$JAR")}: $CUSTOMERS customers, $orders; $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| view | cold s | warm s |"
echo "|---|---|---|"
for i in "${!QUERIES[@]}"; do
  cold=$(time_query "${LABELS[$i]}" "${QUERIES[$i]}")
  warm=$(time_query "${LABELS[$i]}" "${QUERIES[$i]}")
  echo "| ${LABELS[$i]} | $cold | $warm |"
done
