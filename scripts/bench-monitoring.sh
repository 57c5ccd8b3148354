#!/usr/bin/env bash
# The monitoring system at `demo --scale 1000` on SQLite: the demo network and 1,000 generated
# clusters in one database. wrk requests the dashboard page of mobility-basque's year, one
# request at a time and then eight at once (every indicator of the year with its five-year trend, worked out from
# the records at each request); then the annual report of that year is asked for as a PDF,
# REPORTS times one after the other; then every indicator of every cluster for the year, through
# the network's API, all built-in indicators named. Prints latency percentiles and times. Needs
# Debian's wrk and a release build.
source "$(dirname "$0")/bench-lib.sh"
port="${PORT:-18085}"
duration="${DURATION:-20s}"
year="${YEAR:-2025}"
reports="${REPORTS:-20}"
db="$dir/bench.db"
"$bin" demo --database-url "$db" >/dev/null
/usr/bin/time -f "demo --scale 1000: %e s" "$bin" demo --scale 1000 --database-url "$db" >/dev/null
serve "$db" "$port"
names_indexed "$db"
login "$port" admin@clusterdesk.example
path="/clusters/mobility-basque/monitoring?period=$year"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "clusterdesk_session=$session" "http://127.0.0.1:$port$path")" = 200 ]
wrk_percentiles
for connections in 1 8; do
  echo "GET $path, $connections at once"
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$duration" -s "$dir/percentiles.lua" \
    -H "Cookie: clusterdesk_session=$session" "http://127.0.0.1:$port$path" | grep -E '^(requests|p[0-9]+|Requests/sec)'
done

token=$("$bin" token create --user admin@clusterdesk.example --name bench --database-url "$db")
report="/api/v1/clusters/mobility-basque/monitoring/report?year=$year&format=pdf"
for _ in $(seq "$reports"); do
  curl -sf -o "$dir/report.pdf" -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$report" >> "$dir/report.txt"
done
echo "GET $report: $(stat -c %s "$dir/report.pdf") bytes"
timings "$dir/report.txt" "the annual report as PDF"

keys=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/clusters/mobility-basque/monitoring/indicators" \
  | python3 -c 'import json,sys; print(",".join(i["key"] for i in json.load(sys.stdin) if i.get("custom_id") is None))')
every="/api/v1/network/monitoring?period=$year&indicators=$keys"
curl -sf -o "$dir/every.json" -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$every" > "$dir/every.txt"
python3 - "$dir/every.json" <<'PY'
import json, sys
view = json.load(open(sys.argv[1]))
print(f"every built-in indicator of every cluster: {len(view['clusters'])} clusters, {len(view['indicators'])} indicators")
PY
timings "$dir/every.txt" "in one request"
