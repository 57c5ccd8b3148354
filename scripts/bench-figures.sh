#!/usr/bin/env bash
# The membership figures of a cluster of 20,000 members on SQLite: the demo network, then
# MEMBERS generated organisations imported into mobility-basque, each a full member since a day
# of 2024 or 2025 (imported as a memberships file), and the fee invoices of 2026 issued to them
# by the renewal run. wrk (1 thread, 1 connection) then asks the API for the figures of 2026:
# members by type, kind and size class, new and lost members, retention, fees billed, collected
# and outstanding, as remembered between requests; then worked out anew after a change, 20 times.
# Prints latency percentiles. Needs Debian's wrk and a release build.
source "$(dirname "$0")/bench-lib.sh"
port="${PORT:-18086}"
duration="${DURATION:-20s}"
count="${MEMBERS:-20000}"
db="$dir/bench.db"
"$bin" demo --database-url "$db" >/dev/null
generated_organisations "$count"
"$bin" import organisations --cluster mobility-basque "$dir/organisations.csv" --database-url "$db" | tail -n 1
python3 - "$dir" <<'PY'
import csv, datetime, random, sys
out = sys.argv[1]
rng = random.Random(11)
with open(f"{out}/organisations.csv") as f, open(f"{out}/memberships.csv", "w", newline="") as m:
    w = csv.writer(m)
    w.writerow(["Organisation", "Membership type", "Start", "Status"])
    for row in csv.DictReader(f):
        start = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
        w.writerow([row["Name"], "Full member", start.isoformat(), "active"])
PY
"$bin" import memberships --cluster mobility-basque "$dir/memberships.csv" --database-url "$db" | tail -n 1
"$bin" fees renew --cluster mobility-basque --period 2026 --database-url "$db" | tail -n 1
token=$("$bin" token create --user manager@clusterdesk.example --name bench --database-url "$db")
serve "$db" "$port"
names_indexed "$db"
path="/api/v1/clusters/mobility-basque/membership-figures?period=2026"
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" \
  | python3 -c 'import json,sys; f = json.load(sys.stdin); print("members:", f["members"], "new:", f["new"], "fees billed:", f["fees_billed"])'
wrk_percentiles
echo "GET $path"
wrk -t1 -c1 -d"$duration" --latency -s "$dir/percentiles.lua" -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path"
# The figures worked out anew, as after each change they are made of: the cluster's membership
# revision moved (as a trigger moves it) before each of 20 requests.
for _ in $(seq 20); do
  python3 -c "import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); c.execute('UPDATE membership_revisions SET revision = revision + 1'); c.commit()" "$db"
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" >> "$dir/anew.txt"
done
timings "$dir/anew.txt" "worked out anew after a change"
