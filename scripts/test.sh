#!/usr/bin/env bash
# The test command (README, CI): installs the system packages the tests drive as real peers,
# then builds every module and runs every test. Extra arguments go to Maven, e.g.
#   ./scripts/test.sh -pl sim-engine
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/test-deps.sh
exec mvn -B -ntp install "$@"
