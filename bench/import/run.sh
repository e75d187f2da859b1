#!/usr/bin/env bash
# Import load test: generates CUSTOMERS customers and ORDERS orders as CSV, imports both with the jar's command line
# mode into a file-backed embedded store, and prints time, rows/s, the peak heap (largest heap in use before a
# collection, from the GC log) and the exit codes. RERUN=1 imports the orders a second time (every row unchanged).
#
#   bench/import/run.sh                   1,000,000 orders of 100,000 customers, -Xmx512m
#
# Environment: ORDERS (1000000), CUSTOMERS (100000), XMX (512m), WORK (a new temporary folder), JAR, RERUN (0),
# ORDER (customer or spread, see below).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
ORDERS=${ORDERS:-1000000}
CUSTOMERS=${CUSTOMERS:-100000}
XMX=${XMX:-512m}
WORK=${WORK:-$(mktemp -d -t customer-lens-import.XXXXXX)}
mkdir -p "$WORK"
[[ -f "$JAR" ]] || { echo "no server jar at $JAR; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }

echo "generating $CUSTOMERS customers and $ORDERS orders in $WORK"
awk -v n="$CUSTOMERS" 'BEGIN { print "externalId,name,region,joinedOn";
  for (i = 1; i <= n; i++) printf "B%07d,Bench customer %d,R%d,2024-%02d-%02d\n", i, i, i % 7, 1 + i % 12, 1 + i % 28 }' \
  >"$WORK/customers.csv"
# ORDER=customer (default): each customer's orders together, as an export per customer gives them (a batch of 1000
# touches ~100 customers). ORDER=spread: consecutive orders go to different customers (a batch touches ~1000).
# Amounts 0.00-999.99, dates in 2025.
awk -v n="$ORDERS" -v c="$CUSTOMERS" -v spread="$([[ "${ORDER:-customer}" == spread ]] && echo 1 || echo 0)" 'BEGIN {
  print "externalId,customerExternalId,orderedAt,amount,items";
  for (i = 1; i <= n; i++) {
    customer = spread ? 1 + (i * 7919) % c : 1 + int((i - 1) * c / n);
    printf "BO%08d,B%07d,2025-%02d-%02dT%02d:00:00Z,%d.%02d,%d\n", i, customer, 1 + i % 12, 1 + i % 28, i % 24,
      (i * 37) % 1000, i % 100, 1 + i % 5 } }' >"$WORK/orders.csv"
ls -l "$WORK"/*.csv

run() { # $1: label, $2: file, $3: kind; prints one table row
  local gc="$WORK/gc-$1.log" started ended code
  started=$(date +%s.%N)
  set +e
  java -Xmx"$XMX" -Xlog:gc:file="$gc" -jar "$JAR" --customerlens.import.file="$2" --customerlens.import.kind="$3" \
    --customerlens.store.embedded.file="$WORK/store.mv" --customerlens.plugins.dir="$WORK/plugins" \
    >"$WORK/$1.log" 2>&1
  code=$?
  set -e
  ended=$(date +%s.%N)
  local rows seconds peak report
  rows=$(($(wc -l <"$2") - 1))
  seconds=$(echo "$ended - $started" | bc)
  # "Pause Young (Normal) (G1 Evacuation Pause) 301M->35M(512M) 12.345ms": the heap in use before each collection
  # (what the collector let fill) and, for young collections, after it (what was still live)
  peak=$(grep -o '[0-9]*M->' "$gc" | sed 's/M->//' | sort -n | tail -1)
  live=$(grep 'Pause Young' "$gc" | grep -o '>[0-9]*M(' | tr -dc '0-9\n' | sort -n | tail -1)
  report=$(grep -o 'COMPLETED in .*\|FAILED in .*' "$WORK/$1.log" | tail -1)
  printf '| %s | %s | %.0f | %.0f | %s MB | %s MB | %s | %s |\n' "$1" "$rows" "$seconds" \
    "$(echo "$rows / $seconds" | bc -l)" "${peak:-?}" "${live:-?}" "$code" "$report"
}

echo
echo "| run | rows | seconds (JVM start included) | rows/s | peak heap in use | largest live heap after GC | exit | report |"
echo "|---|---|---|---|---|---|---|---|"
run customers "$WORK/customers.csv" customers
run orders "$WORK/orders.csv" orders
if [[ "${RERUN:-0}" == 1 ]]; then
  run orders-again "$WORK/orders.csv" orders
fi
echo
echo "logs, GC logs and the store are in $WORK"
