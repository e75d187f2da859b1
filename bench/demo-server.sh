# Sourced by the benchmark scripts. start_demo_server LOG PORT [server arguments...] starts $JAR with the demo
# profile (JVM options from $JVM_OPTS), logging to LOG, returns once the sample data is in and the API answers, and
# stops the server when the calling script exits.
start_demo_server() {
  local log=$1 port=$2
  shift 2
  # shellcheck disable=SC2086
  java ${JVM_OPTS:-} -jar "$JAR" --spring.profiles.active=demo --server.port="$port" "$@" >"$log" 2>&1 &
  server_pid=$!
  trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null' EXIT
  until grep -qE 'Loaded sample data|already holds' "$log" \
      && [[ "$(curl -s "http://localhost:$port/api/customers?first=1" -o /dev/null -w '%{http_code}')" == 200 ]]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server stopped; see $log" >&2; exit 1; }
    sleep 1
  done
}

# start_sample_server LOG PORT [server arguments...] starts the demo server above with $CUSTOMERS synthetic customers
# in an in-memory store and the plugins of $PLUGINS (default: this build's), JVM options from $JAVA_OPTS (-Xmx4g);
# fails at once when $JAR is not built.
start_sample_server() {
  local log=$1 port=$2
  shift 2
  [[ -f "$JAR" ]] || { echo "no server jar at $JAR; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }
  JVM_OPTS=${JAVA_OPTS:--Xmx4g} start_demo_server "$log" "$port" --customerlens.store.embedded.file= \
    --customerlens.sample-data.customers="$CUSTOMERS" \
    --customerlens.plugins.dir="${PLUGINS:-$ROOT/target/customer-lens/plugins}" "$@"
}
