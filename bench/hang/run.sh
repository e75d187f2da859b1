#!/usr/bin/env bash
# Hang benchmark: what a model that sleeps 60 s on every customer costs a client. Builds a plugin with two such models
# (plugin/: sleepy-loyalty, sleepy-segments) against the server jar's SDK, starts the server with a synthetic
# population and this build's plugins plus that one, and prints, in seconds:
#   - a page of 20 asking sleepy-loyalty next to rfm (every loyalty field fails at the request's deadline);
#   - the same page again, now that sleepy-loyalty's circuit breaker is open (refused at once);
#   - segmentDistribution over the whole population with sleepy-segments, until it gives up with an error;
#   - a plain page of 20 with rfm while that model's threads are still taken.
#
#   bench/hang/run.sh
#
# Builds nothing else: first run ./mvnw -B -DskipTests package. Environment: CUSTOMERS (3000), PORT (18309),
# TIMEOUT (2s, customerlens.scoring.timeout), JAVA_OPTS (-Xmx4g), JAR (another build's server jar).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/target/customer-lens/customer-lens.jar}
CUSTOMERS=${CUSTOMERS:-3000}
PORT=${PORT:-18309}
TIMEOUT=${TIMEOUT:-2s}
URL=http://localhost:$PORT
WORK=$(mktemp -d -t customer-lens-hang.XXXXXX)
LOG=$WORK/server.log

[[ -f "$JAR" ]] || { echo "no server jar at $JAR; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }
mkdir -p "$WORK/lib" "$WORK/classes" "$WORK/plugins"
(cd "$WORK/lib" && unzip -qjo "$JAR" 'BOOT-INF/lib/pf4j-*.jar' 'BOOT-INF/lib/customer-lens-plugin-sdk-*.jar')
javac -proc:none -d "$WORK/classes" -cp "$WORK/lib/*" "$ROOT"/bench/hang/plugin/io/customerlens/bench/hang/*.java
mkdir -p "$WORK/classes/META-INF"
printf '%s\n' io.customerlens.bench.hang.SleepyLoyaltyModel io.customerlens.bench.hang.SleepySegmentModel \
  >"$WORK/classes/META-INF/extensions.idx"
printf 'Plugin-Id: sleepy\nPlugin-Version: 1.0.0\nPlugin-Requires: >=1.0.0 & <2.0.0\nPlugin-Provider: benchmark\n' \
  >"$WORK/manifest.txt"
jar --create --file "$WORK/plugins/sleepy-1.0.0.jar" --manifest "$WORK/manifest.txt" -C "$WORK/classes" .
cp "$ROOT"/target/customer-lens/plugins/*.jar "$WORK/plugins/"

# shellcheck source=../demo-server.sh
source "$ROOT/bench/demo-server.sh"
PLUGINS=$WORK/plugins start_sample_server "$LOG" "$PORT" --customerlens.scoring.timeout="$TIMEOUT"

ask() { # $1: label, $2: GraphQL query; prints the label, seconds, and how many fields failed with which reason
  local body
  body=$(jq -cn --arg q "$2" '{query: $q}')
  local seconds
  seconds=$(curl -s -o "$WORK/answer.json" -w '%{time_total}' "$URL/graphql" -H 'Content-Type: application/json' \
    -d "$body")
  printf '| %s | %.2f | %s |\n' "$1" "$seconds" "$(jq -r '[.errors[]? | (.extensions.reason // "") + " "
      + (.message | sub(".*\\) "; "") | .[0:60])] | group_by(.) | map("\(length) x \(.[0])") | join("; ")' \
      "$WORK/answer.json")"
}

PAGE='{ customers(first: 20) { edges { node { name loyalty(model: "sleepy-loyalty") { value } segment(model: "rfm") { code } } } } }'
echo "$(basename "$JAR"): $CUSTOMERS customers, $(nproc) cores, customerlens.scoring.timeout=$TIMEOUT, a model sleeping 60 s"
echo
echo "| request | seconds | failed fields |"
echo "|---|---|---|"
ask "page of 20: sleepy-loyalty + rfm" "$PAGE"
ask "the same page again (breaker open)" "$PAGE"
ask "segmentDistribution(sleepy-segments), $CUSTOMERS customers" \
  '{ segmentDistribution(model: "sleepy-segments") { customers failed } }'
ask "page of 20: rfm only" '{ customers(first: 20) { edges { node { name segment(model: "rfm") { code } } } } }'
