#!/usr/bin/env bash
# Name search through the API in one cluster of 150,000 organisations, on SQLite (or on the
# empty PostgreSQL database DATABASE_URL names, such as postgres://postgres@127.0.0.1:54329/bench): the demo
# network, 150,000 generated organisations imported into mobility-basque, then wrk requests
# `?q=TERM` with a term drawn at random from 2,000 (the first four to seven letters of a name's
# first word, as people type them), one connection at a time, and prints latency percentiles.
# Needs Debian's wrk and a release build.
source "$(dirname "$0")/bench-lib.sh"
port="${PORT:-18083}"
duration="${DURATION:-20s}"
count="${ORGANISATIONS:-150000}"
db="${DATABASE_URL:-$dir/bench.db}"
"$bin" demo --database-url "$db" >/dev/null
generated_organisations "$count"
/usr/bin/time -f "import of $count organisations: %e s" "$bin" import organisations --cluster mobility-basque "$dir/organisations.csv" --database-url "$db" | tail -n 1
token=$("$bin" token create --user staff@clusterdesk.example --name bench --database-url "$db")
serve "$db" "$port"
names_indexed "$db"
base="/api/v1/clusters/mobility-basque/organisations"
echo "organisations in the cluster: $(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$base?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
first=$(head -n 1 "$dir/terms.txt")
echo "'$first' finds $(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$base?q=$first" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') organisations"
cat > "$dir/search.lua" <<LUA
local terms = {}
for line in io.lines("$dir/terms.txt") do terms[#terms + 1] = line end
math.randomseed(7)
request = function()
  return wrk.format("GET", "$base?q=" .. terms[math.random(#terms)])
end
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d, non-2xx: %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA
echo "$(wc -l < "$dir/terms.txt") search terms, such as: $(shuf -n 5 --random-source=<(yes) "$dir/terms.txt" | tr '\n' ' ')"
wrk -t1 -c1 -d"$duration" -s "$dir/search.lua" -H "Authorization: Bearer $token" "http://127.0.0.1:$port$base"
