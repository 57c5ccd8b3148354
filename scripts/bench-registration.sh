#!/usr/bin/env bash
# A visitor's registration in a cluster of 200,000 organisations, on SQLite (or on the empty
# PostgreSQL database DATABASE_URL names): the demo network and 200,000 generated organisations
# imported into mobility-basque; then REGISTRATIONS visitors, one after the other, send the public
# form of a coming event (the request, recorded as typed) and the team accepts each through the
# API (the person matched by email or created, the seat, the invoice, the mail). Prints the
# latency percentiles of each step, as curl measures them on 127.0.0.1. Needs a release build.
source "$(dirname "$0")/bench-lib.sh"
port="${PORT:-18084}"
count="${ORGANISATIONS:-200000}"
registrations="${REGISTRATIONS:-200}"
db="${DATABASE_URL:-$dir/bench.db}"
"$bin" demo --database-url "$db" >/dev/null
generated_organisations "$count"
"$bin" import organisations --cluster mobility-basque "$dir/organisations.csv" --database-url "$db" | tail -n 1
token=$("$bin" token create --user manager@clusterdesk.example --name bench --database-url "$db")
export CLUSTERDESK_PUBLIC_FORMS_PER_ADDRESS_PER_HOUR=1000000 CLUSTERDESK_PUBLIC_FORMS_PER_EVENT_PER_HOUR=1000000
serve "$db" "$port"
api="http://127.0.0.1:$port/api/v1/clusters/mobility-basque"
echo "organisations in the cluster: $(curl -sf -H "Authorization: Bearer $token" "$api/organisations?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
event=$(curl -sf -H "Authorization: Bearer $token" "$api/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
for n in $(seq "$registrations"); do
  curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/events/mobility-basque/$event" \
    --data-urlencode "first_name=Visitor$n" --data-urlencode "last_name=Bench" \
    --data-urlencode "email=visitor$n@bench.example" --data-urlencode "organisation=Bench Visitor $n S.L." >> "$dir/request.txt"
done
curl -sf -H "Authorization: Bearer $token" "$api/events/$event/registration-requests" \
  | python3 -c 'import json,sys; [print(q["id"]) for q in json.load(sys.stdin) if q["state"] == "held"]' > "$dir/held.txt"
while read -r id; do
  curl -sf -o /dev/null -w '%{time_total}\n' -X POST -H "Authorization: Bearer $token" \
    "$api/registration-requests/$id/accept" >> "$dir/accept.txt"
done < "$dir/held.txt"
timings "$dir/request.txt" "the public form, recorded as typed"
timings "$dir/accept.txt" "the team accepts it"
