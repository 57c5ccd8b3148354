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
jar="$dir/jar"
csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "email=admin%40clusterdesk.example&password=clusterdesk-demo&_csrf=$csrf" "http://127.0.0.1:$port/login"
session=$(awk '$6 == "clusterdesk_session" { print $7 }' "$jar")
path="/clusters/scale-0500/organisations?country=ES&size_class=small&sort=employees&dir=desc&page=1"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "clusterdesk_session=$session" "http://127.0.0.1:$port$path")" = 200 ]
cat > "$dir/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA
echo "GET $path"
wrk -t2 -c8 -d"$duration" --latency -s "$dir/report.lua" -H "Cookie: clusterdesk_session=$session" "http://127.0.0.1:$port$path"
