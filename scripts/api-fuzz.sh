#!/usr/bin/env bash
# The API against its own OpenAPI document: schemathesis sends every operation generated
# requests (with a fixed seed, a bounded number each) to a server with the demo network, and
# fails on any server error, any status or content type the document does not declare, and any
# response that breaks its schema. Needs Python 3 with venv; schemathesis is installed from PyPI
# into target/schemathesis the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/schemathesis
if [ ! -x "$venv/bin/st" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q 'schemathesis==4.32.5'
fi
# `--install-only`: the tool is ready, nothing is run (.ci/run prepares it while it compiles).
[ "${1:-}" = "--install-only" ] && exit 0
# CLUSTERDESK_BIN names a binary built already (.ci/run takes the one its tests built).
if [ -n "${CLUSTERDESK_BIN:-}" ]; then
  bin=$CLUSTERDESK_BIN
else
  cargo build -q -p clusterdesk
  bin=target/debug/clusterdesk
fi
dir=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$dir"' EXIT
"$bin" demo --database-url "$dir/api.db" >/dev/null
token=$("$bin" token create --user manager@clusterdesk.example --name schemathesis --database-url "$dir/api.db")
port="${PORT:-18140}"
CLUSTERDESK_LOG=warn "$bin" serve --bind "127.0.0.1:$port" --database-url "$dir/api.db" >/dev/null &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
timeout 900 "$venv/bin/st" run "http://127.0.0.1:$port/api/v1/openapi.json" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --phases examples,fuzzing --max-examples "${EXAMPLES:-20}" --seed 20261130 --workers 2 --no-color
