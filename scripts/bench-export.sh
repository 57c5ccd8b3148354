#!/usr/bin/env bash
# The server's memory while it exports 100,000 invoices of one cluster, on SQLite: the demo
# network, its invoices of mobility-basque copied to 100,000 (SQL on the file), then the
# invoices export through the API as CSV and as XLSX. Prints the time and size of each download
# and the server's resident memory at its peak (VmHWM) before and after. Needs a release build.
source "$(dirname "$0")/bench-lib.sh"
port="${PORT:-18084}"
count="${INVOICES:-100000}"
db="$dir/bench.db"
"$bin" demo --database-url "$db" >/dev/null
python3 - "$db" "$count" <<'PY'
import sqlite3, sys
db, count = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db)
cluster = c.execute("SELECT id FROM clusters WHERE slug = 'mobility-basque'").fetchone()[0]
have = c.execute("SELECT COUNT(*) FROM invoices WHERE cluster_id = ?", (cluster,)).fetchone()[0]
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
     template AS (SELECT * FROM invoices WHERE cluster_id = ? AND kind = 'fee' ORDER BY number LIMIT 1)
INSERT INTO invoices (cluster_id, id, kind, number, organisation_id, membership_id, period_start, issued_on,
    due_on, currency, tax_rate_basis_points, net_minor, tax_minor, gross_minor, explanation,
    credited_invoice_id, voided_at, voided_by, created_by, created_at)
SELECT t.cluster_id, randomblob(16), 'service', 'BENCH-' || printf('%06d', n.i), t.organisation_id, NULL, NULL,
    t.issued_on, t.due_on, t.currency, t.tax_rate_basis_points, t.net_minor + n.i, t.tax_minor, t.gross_minor + n.i,
    t.explanation, NULL, NULL, NULL, t.created_by, t.created_at
FROM n CROSS JOIN template t
""", (count - have, cluster))
c.commit()
print("invoices in mobility-basque:", c.execute("SELECT COUNT(*) FROM invoices WHERE cluster_id = ?", (cluster,)).fetchone()[0])
PY
token=$("$bin" token create --user manager@clusterdesk.example --name bench --database-url "$db")
serve "$db" "$port"
peak() { awk '/VmHWM/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$server/status"; }
curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/clusters/mobility-basque/organisations"
echo "server started and answering: peak memory $(peak)"
for format in csv xlsx; do
  url="http://127.0.0.1:$port/api/v1/clusters/mobility-basque/invoices/export?format=$format"
  curl -sf -o "$dir/invoices.$format" -w "$format: %{size_download} bytes in %{time_total} s" -H "Authorization: Bearer $token" "$url"
  echo ", peak memory since the start $(peak)"
done
python3 -c "import csv,sys; print('rows in the CSV:', sum(1 for _ in csv.reader(open(sys.argv[1], newline=''))) - 1)" "$dir/invoices.csv"
