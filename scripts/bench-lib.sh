# Shared by the benchmark scripts (sourced, not run): a release build, a scratch directory that
# is removed at the end with the servers started in it, and a server on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/clusterdesk
dir=$(mktemp -d)
servers=()
trap 'kill "${servers[@]}" 2>/dev/null || true; rm -rf "$dir"' EXIT
cargo build --release -q -p clusterdesk

# serve DATABASE PORT: starts clusterdesk on the database, waits until it answers, and leaves its
# process id in $server.
serve() {
  CLUSTERDESK_LOG=warn "$bin" serve --bind "127.0.0.1:$2" --database-url "$1" >/dev/null &
  server=$!
  servers+=("$server")
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$2/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "the server on port $2 did not answer" >&2
  return 1
}
