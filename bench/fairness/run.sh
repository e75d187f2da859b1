#!/usr/bin/env bash
# Fair-sharing benchmark: how long a viewer waits for a page of customers while analysts run heavy population views.
# Starts the demo server (in-memory embedded store), creates a viewer key and ANALYSTS analyst keys, times the viewer's
# page IDLE times alone, then runs HEAVY clients for DURATION seconds, each sending population views one after another
# (compareModels clv vs driver-index and rfm vs clv, clv's score distribution; a different clv margin each time, so no
# view reuses another's results) with the analyst keys in turn, waiting as asked when refused (429, Retry-After),
# and meanwhile times the viewer's page every 100 ms. Prints Markdown tables: the page's p50/p95/max alone and under
# load, and the views by HTTP status with their times.
#
#   bench/fairness/run.sh
#   JAR=/tmp/old/customer-lens.jar PLUGINS=/tmp/old/plugins bench/fairness/run.sh   # another build, to compare
#
# Builds nothing: first run ./mvnw -B -DskipTests package. Environment: CUSTOMERS (3000), HEAVY (20), ANALYSTS (5),
# IDLE (50), DURATION (60), PORT (18306), JAVA_OPTS (-Xmx4g), JAR and PLUGINS, SERVER_ARGS (more server arguments).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CUSTOMERS=${CUSTOMERS:-3000}
HEAVY=${HEAVY:-20}
ANALYSTS=${ANALYSTS:-5}
IDLE=${IDLE:-50}
DURATION=${DURATION:-60}
PORT=${PORT:-18306}
URL=http://localhost:$PORT
WORK=$(mktemp -d -t customer-lens-fairness.XXXXXX)
LOG=$WORK/server.log

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"
# shellcheck disable=SC2086
start_sample_server "$LOG" "$PORT" ${SERVER_ARGS:-}

post() { # $1: JSON body, $2: API key (none: the demo's keyless admin); prints the answer
  curl -s "$URL/graphql" -H 'Content-Type: application/json' ${2:+-H "X-API-Key: $2"} -d "$1"
}

key() { # $1: name, $2: role; prints a new API key
  post "$(jq -cn --arg n "$1" --arg r "$2" \
    '{query: "mutation($n: String!, $r: Role!) { createApiKey(input: {name: $n, role: $r}) { key } }", variables: {n: $n, r: $r}}')" \
    | jq -er '.data.createApiKey.key'
}

VIEWER=$(key bench-viewer VIEWER)
declare -a ANALYST_KEYS
for ((a = 0; a < ANALYSTS; a++)); do ANALYST_KEYS[a]=$(key "bench-analyst-$a" ANALYST); done

PAGE=$(jq -cn '{query: "{ customers(first: 20) { edges { node { id region segment(model: \"rfm\") { code } } } } }"}')
page() { # prints milliseconds of one viewer page
  curl -s -o "$WORK/page.json" -w '%{time_total}\n' "$URL/graphql" -H 'Content-Type: application/json' \
    -H "X-API-Key: $VIEWER" -d "$PAGE" | awk '{printf "%.1f\n", $1 * 1000}'
  jq -e '.data.customers.edges | length == 20' "$WORK/page.json" >/dev/null \
    || { echo "page failed: $(head -c 300 "$WORK/page.json")" >&2; exit 1; }
}

view() { # $1: index; prints one heavy population view as a JSON body, with clv parameters no other index has
  local margin
  margin=$(awk -v i="$1" 'BEGIN {printf "%.2f, monthlyDiscountRate: %.2f", (i % 99 + 1) / 100, int(i / 99) % 20 / 100}')
  case $(($1 % 4)) in
    0 | 1) echo "{\"query\": \"{ compareModels(a: {model: \\\"clv\\\", params: {margin: $margin}}, b: {model: \\\"driver-index\\\"}) { customers failed } }\"}" ;;
    2) echo "{\"query\": \"{ compareModels(a: {model: \\\"rfm\\\"}, b: {model: \\\"clv\\\", params: {margin: $margin}}) { customers failed } }\"}" ;;
    *) echo "{\"query\": \"{ scoreDistribution(model: \\\"clv\\\", params: {margin: $margin}) { customers failed } }\"}" ;;
  esac
}

quantile() { # $1: q, stdin: numbers
  sort -n | awk -v q="$1" '{v[NR] = $1} END {i = int(q * (NR - 1)) + 1; print v[i]}'
}

summary() { # $1: label, stdin: milliseconds
  local values
  values=$(grep . || true)
  echo "| $1 | $(wc -l <<<"$values") | $(quantile 0.5 <<<"$values") | $(quantile 0.95 <<<"$values") | $(sort -n <<<"$values" | tail -1) |"
}

for ((i = 0; i < 10; i++)); do page >/dev/null; done # warm-up
for ((i = 0; i < IDLE; i++)); do page; done >"$WORK/idle.txt"

client() { # $1: client number; sends views one after another until the run's end, one status line per view
  local n=0 status
  while (($(date +%s) < END)); do
    status=$(curl -s -o "$WORK/view-$1.json" -w '%{http_code} %{time_total}' --max-time 600 "$URL/graphql" \
      -H 'Content-Type: application/json' -H "X-API-Key: ${ANALYST_KEYS[$1 % ANALYSTS]}" \
      -d "$(view $(($1 + HEAVY * n)))") || status="000 0"
    if grep -q '"errors"' "$WORK/view-$1.json"; then
      status="$status $(jq -r '.errors[0].extensions.classification' "$WORK/view-$1.json")"
    fi
    echo "$status" >>"$WORK/views.txt"
    n=$((n + 1))
    if grep -q '"TOO_MANY_REQUESTS"' "$WORK/view-$1.json"; then sleep "$(retry_after "$1")"; fi
  done
}
retry_after() { # $1: client number; the seconds the last refusal asked to wait
  jq -r '.errors[0].extensions.retryAfterSeconds // 1' "$WORK/view-$1.json"
}

END=$(($(date +%s) + DURATION))
declare -a CLIENTS
for ((i = 0; i < HEAVY; i++)); do
  client "$i" &
  CLIENTS[i]=$!
done
while (($(date +%s) < END)); do page; sleep 0.1; done >"$WORK/loaded.txt"
wait "${CLIENTS[@]}"

echo "$(basename "$JAR"): $CUSTOMERS customers, $(nproc) cores, $HEAVY clients sending heavy views for $DURATION s from $ANALYSTS analyst keys"
echo
echo "| viewer page (20 customers, rfm) | pages | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|"
summary "alone" <"$WORK/idle.txt"
summary "during the heavy views" <"$WORK/loaded.txt"
echo
echo "| heavy views by HTTP status (and error) | views | p50 s | max s |"
echo "|---|---|---|---|"
awk '{k = $1 ($3 == "" ? "" : "-" $3); n[k]++; t[k] = t[k] " " $2} END {for (k in n) print k, n[k], t[k]}' "$WORK/views.txt" | sort \
  | while read -r status count times; do
      echo "| $status | $count | $(tr ' ' '\n' <<<"$times" | grep . | quantile 0.5) | $(tr ' ' '\n' <<<"$times" | sort -n | tail -1) |"
    done
