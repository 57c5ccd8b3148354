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

# generated_organisations COUNT: writes $dir/organisations.csv (Name, Country, Employees) with COUNT
# distinct made-up organisations, and $dir/terms.txt with up to 2,000 name beginnings as people
# type them in a search; the same files on every run.
generated_organisations() {
python3 - "$dir" "$1" <<'PY'
import csv, random, sys
out, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
syllables = ["ar", "be", "ci", "do", "eu", "fa", "go", "ha", "ir", "ja", "ko", "lu", "ma", "ne", "or", "pa",
             "qu", "ri", "sa", "te", "ur", "va", "xe", "ya", "zu", "bri", "cla", "dre", "fla", "gro", "kra", "ple"]
sectors = ["Tecnología", "Metal", "Energía", "Logística", "Software", "Automoción", "Composites", "Robotics",
           "Ingeniería", "Foundry", "Plastics", "Sensors", "Mobility", "Batteries", "Hydrogen", "Optics"]
forms = ["S.L.", "S.A.", "S.Coop.", "GmbH", "Ltd", "SRL", "Sp. z o.o.", ""]
terms = set()
with open(f"{out}/organisations.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Name", "Country", "Employees"])
    seen = set()
    while len(seen) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(3, 4))).capitalize()
        sector = rng.choice(sectors)
        # A legal form does not tell two organisations apart: the import matches without it.
        if (word, sector) in seen:
            continue
        seen.add((word, sector))
        name = f"{word} {sector} {rng.choice(forms)}".strip()
        w.writerow([name, rng.choice(["ES", "FR", "PT", "IT"]), rng.randint(1, 900)])
        if len(terms) < 2000 and rng.random() < 0.05:
            terms.add(word[: rng.randint(4, min(7, len(word)))].lower())
with open(f"{out}/terms.txt", "w") as f:
    f.write("\n".join(sorted(terms)) + "\n")
PY
}

# login PORT EMAIL: logs in through the login form with the demo password and leaves the session
# cookie's value in $session.
login() {
  local jar="$dir/jar" csrf
  csrf=$(curl -s -c "$jar" "http://127.0.0.1:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$2" -d "password=clusterdesk-demo&_csrf=$csrf" "http://127.0.0.1:$1/login"
  session=$(awk '$6 == "clusterdesk_session" { print $7 }' "$jar")
}

# wrk_percentiles: writes $dir/percentiles.lua, which has wrk print the count of requests and of
# errors and the latency at the 50th, 90th, 95th and 99th percentiles.
wrk_percentiles() {
cat > "$dir/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA
}

# timings FILE WHAT: prints the count, median, 95th percentile and maximum of the times in seconds
# that FILE holds one a line (as curl's %{time_total} writes them), in milliseconds.
timings() {
python3 - "$1" "$2" <<'PY'
import sys
times = sorted(float(t) * 1000 for t in open(sys.argv[1]))
at = lambda p: times[min(len(times) - 1, int(len(times) * p / 100))]
print(f"{sys.argv[2]}: {len(times)} times, p50 {at(50):.2f} ms, p95 {at(95):.2f} ms, max {times[-1]:.2f} ms")
PY
}

# names_indexed DATABASE: on SQLite, waits until the server's indexer has moved every name
# written outside it (an import, a generated network) into the trigram index, so that what is
# measured next does not share the cores with it; says how long that took. (PostgreSQL's index
# follows every write.)
names_indexed() {
  case "$1" in postgres*) return 0 ;; esac
  local started
  started=$(date +%s)
  while [ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM organisation_name_search_backlog').fetchone()[0])" "$1")" != 0 ]; do sleep 0.5; done
  echo "names indexed by the server within $(( $(date +%s) - started )) s of its start"
}

