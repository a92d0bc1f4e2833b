#!/usr/bin/env bash
# OPC UA update latency (BENCHMARKS.md, "OPC UA"): runs `simbase rig serve --scene tank-level
# --opcua PORT` in real time, opens the fill and drain valves so the level changes at every step,
# and subscribes to it with node-opcua; each value's latency is its arrival at the client minus
# its source timestamp (the wall-clock time of the step that made it).
#   latency.sh [SECONDS] [PUBLISHING_MS] [PORT]
set -euo pipefail
SECONDS_TO_RUN="${1:-60}"
PUBLISHING_MS="${2:-50}"
PORT="${3:-48440}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../../../.." && pwd)"
WORK="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$ROOT/simbase" rig serve --scene tank-level --opcua "$PORT" --data "$WORK/data" \
  --seconds $((SECONDS_TO_RUN + 120)) >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  grep -q "^serving" "$WORK/serve.log" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.1
done
grep -q "^serving" "$WORK/serve.log" || { echo "latency.sh: the server did not start" >&2; exit 1; }
node "$HERE/client.js" "opc.tcp://127.0.0.1:$PORT/simbase" --pki "$WORK/pki" \
  write fill_valve Double 60 write drain_valve Double 100 \
  latency "$SECONDS_TO_RUN" "$PUBLISHING_MS" level 2>/dev/null | grep -E "^(latency|error)"
kill -TERM "$SERVER" # SIGINT is ignored by background jobs of a script
wait "$SERVER" 2>/dev/null || true
grep -E "^stopped" "$WORK/serve.log" || true
