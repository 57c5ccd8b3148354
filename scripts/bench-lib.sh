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
