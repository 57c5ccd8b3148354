#!/usr/bin/env bash
# Load test of the organisation list page at `demo --scale 1000` on SQLite: a filtered, sorted,
# paginated list, requested by wrk over 127.0.0.1 with a logged-in session. Prints latency
# percentiles. Needs Debian's wrk (apt-get install wrk) and a release build.
source "$(dirname "$0")/bench-lib.sh"
port="${PORT:-18080}"
duration="${DURATION:-20s}"
db="$dir/bench.db"
/usr/bin/time -f "demo --scale 1000: %e s" "$bin" demo --scale 1000 --database-url "$db" >/dev/null
serve "$db" "$port"
login "$port" admin@clusterdesk.example
path="/clusters/scale-0500/organisations?country=ES&size_class=small&sort=employees&dir=desc&page=1"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "clusterdesk_session=$session" "http://127.0.0.1:$port$path")" = 200 ]
wrk_percentiles
echo "GET $path"
wrk -t2 -c8 -d"$duration" --latency -s "$dir/percentiles.lua" -H "Cookie: clusterdesk_session=$session" "http://127.0.0.1:$port$path"
