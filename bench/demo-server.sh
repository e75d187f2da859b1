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
