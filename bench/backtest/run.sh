#!/usr/bin/env bash
# Backtest of the CDNOW log: the server imports the log at start-up into an in-memory store, then answers one
# backtest of rfm, value-tier, lifecycle, behavioural and bgnbd (calibration to 1997-09-30, holdout to 1998-06-30),
# timed twice: the first call (computed) and the second (the kept answer). Prints the figures as Markdown tables
# and, when python3 with SciPy is there, the independent BG/NBD check of bgnbd_holdout.py on the same log.
#
#   bench/backtest/run.sh                                      # the full log: 23,570 customers
#   DATA=datasets/cdnow/CDNOW_sample.txt bench/backtest/run.sh # the 1/10 sample
#
# Builds nothing: first run ./mvnw -B -DskipTests package. Environment: DATA, MODELS (JSON list of model choices),
# PORT (18305), JAVA_OPTS (-Xmx4g), JAR and PLUGINS.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
DATA=$(cd "$ROOT" && realpath "${DATA:-datasets/cdnow/CDNOW_master.txt}")
PORT=${PORT:-18305}
URL=http://localhost:$PORT
LOG=$(mktemp -t customer-lens-backtest.XXXXXX.log)
MODELS=${MODELS:-'[{"model":"rfm"},{"model":"value-tier"},{"model":"lifecycle"},{"model":"behavioural"},{"model":"bgnbd"}]'}

[[ -f "$JAR" ]] || { echo "no server jar at $JAR; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx4g} -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --customerlens.sample-data.enabled=false --customerlens.store.embedded.file= --customerlens.cdnow.file="$DATA" \
  --customerlens.plugins.dir="${PLUGINS:-$ROOT/target/customer-lens/plugins}" >"$LOG" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null' EXIT
until grep -q 'Import .* COMPLETED' "$LOG"; do
  kill -0 "$server_pid" 2>/dev/null || { echo "server stopped; see $LOG" >&2; exit 1; }
  sleep 1
done

body=$(jq -cn --argjson models "$MODELS" '{query: "query($models: [ModelChoice!]!) { backtest(input: {models: $models,
  calibrationEnd: \"1997-09-30\", holdoutEnd: \"1998-06-30\"}) { customers calibrationBuyers repurchaseRate holdoutPurchases
  holdoutSpend models { model { id params } scored noData failed auc spearmanPurchases spearmanSpend topFifthSpendShare
  segments { code customers repurchaseRate spendPerCustomer lift }
  prediction { predictedTotal actualTotal meanAbsoluteError auc
    byCalibrationPurchases { repeatPurchases orMore customers actualMean predictedMean } } notes }
  rankings { measure models { rank model { id } value customers } } } }", variables: {models: $models}}')
first=$(curl -s -o "$LOG.answer" -w '%{time_total}' "$URL/graphql" -H 'Content-Type: application/json' -d "$body")
second=$(curl -s -o /dev/null -w '%{time_total}' "$URL/graphql" -H 'Content-Type: application/json' -d "$body")
grep -q '"errors"' "$LOG.answer" && { echo "the backtest failed: $(head -c 400 "$LOG.answer")" >&2; exit 1; }

answer=$LOG.answer
echo "$(basename "$DATA"), $(jq '.data.backtest.customers' "$answer") customers, $(nproc) cores: backtest ${first} s, asked again ${second} s"
echo
jq -r '.data.backtest | "Holdout: \(.holdoutPurchases) purchases, spend \(.holdoutSpend | floor), \(.repurchaseRate * 1000 | round / 10)% bought again"' "$answer"
echo
echo "| model | scored | AUC | Spearman purchases | Spearman spend | top fifth's spend share | forecast: predicted / actual, MAE, AUC |"
echo "|---|---|---|---|---|---|---|"
jq -r '.data.backtest.models[] | "| \(.model.id) | \(.scored) | \(.auc * 1000 | round / 1000) | \(.spearmanPurchases * 1000 | round / 1000) | \(.spearmanSpend * 1000 | round / 1000) | \(.topFifthSpendShare * 1000 | round / 1000) | \(if .prediction then "\(.prediction.predictedTotal * 10 | round / 10) / \(.prediction.actualTotal), \(.prediction.meanAbsoluteError * 10000 | round / 10000), \(.prediction.auc * 1000 | round / 1000)" else "" end) |"' "$answer"
echo
echo "| ranking | best first |"
echo "|---|---|"
jq -r '.data.backtest.rankings[] | "| \(.measure) | \([.models[] | "\(.model.id) \(.value * 1000 | round / 1000)"] | join(", ")) |"' "$answer"
echo
echo "Conditional expectations (bgnbd): repeat purchases in calibration | customers | actual mean | predicted mean"
jq -r '.data.backtest.models[] | select(.model.id == "bgnbd") | .prediction.byCalibrationPurchases[] | "\(.repeatPurchases)\(if .orMore then "+" else "" end) | \(.customers) | \(.actualMean * 10000 | round / 10000) | \(.predictedMean * 10000 | round / 10000)"' "$answer"
if python3 -c 'import scipy' 2>/dev/null; then
  echo
  echo "Independent check (bench/backtest/bgnbd_holdout.py, SciPy):"
  python3 "$ROOT/bench/backtest/bgnbd_holdout.py" "$DATA"
fi
