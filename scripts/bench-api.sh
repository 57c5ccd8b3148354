#!/usr/bin/env bash
# The API's request path against a bare handler, in one run: the first page of a cluster's
# organisations at `demo --scale 1000` on SQLite, from clusterdesk (bearer token, scope, the
# whole middleware stack) and from `store/examples/bare_list.rs` (one sqlx statement, no
# authentication), each under wrk -t2 -c32 over 127.0.0.1, twice, alternating. Prints requests
# per second of each and their ratio. Needs Debian's wrk and a release build.
source "$(dirname "$0")/bench-lib.sh"
duration="${DURATION:-20s}"
ours_port="${PORT:-18081}"
bare_port=$((ours_port + 1))
cargo build --release -q -p store --example bare_list
db="$dir/bench.db"
"$bin" demo --scale 1000 --database-url "$db" >/dev/null
token=$("$bin" token create --user admin@clusterdesk.example --name bench --database-url "$db")
serve "$db" "$ours_port"
target/release/examples/bare_list "$db" "127.0.0.1:$bare_port" &
servers+=("$!")
path="/api/v1/clusters/scale-0500/organisations"
for port in "$ours_port" "$bare_port"; do
  for _ in $(seq 100); do curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" && break; sleep 0.1; done
done
# The same page from both: the same ids in the same order, the same total.
ids() { curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$1$path" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], [i["id"] for i in d["items"]])'; }
[ "$(ids "$ours_port")" = "$(ids "$bare_port")" ] || { echo "the two servers answer different pages" >&2; exit 1; }
rate() {
  wrk -t2 -c32 -d"$duration" -H "Authorization: Bearer $token" "http://127.0.0.1:$1$path" | awk '/Requests\/sec/ { print $2 }'
}
ours_total=0; bare_total=0
for round in 1 2; do
  o=$(rate "$ours_port"); b=$(rate "$bare_port")
  echo "round $round: clusterdesk $o requests/s, bare handler $b requests/s"
  ours_total=$(python3 -c "print($ours_total + $o)"); bare_total=$(python3 -c "print($bare_total + $b)")
done
python3 -c "print(f'clusterdesk {($ours_total)/2:.0f} requests/s, bare handler {($bare_total)/2:.0f} requests/s, ratio {$ours_total/$bare_total:.2f}')"
