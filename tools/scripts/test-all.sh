#!/usr/bin/env bash
# The one test command (README, .ci/run): lint, type checks and every test tier, against real
# servers. Kafka: KAFKA_BROKERS, or a broker started here from Maven Central jars (and stopped
# afterwards unless it was already running). OpenSearch: OPENSEARCH_URL, or a node started here
# the same way (tools/infra/opensearch), smoke-tested once. PostgreSQL: DATABASE_URL, or the
# local server on 127.0.0.1:5432 (each spec creates and drops its own database).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: npm test [-- <extra nx run-many args>]

Runs lint, typecheck and all Jest tiers (*.spec.ts, *.int.spec.ts, *.e2e.spec.ts) for every
project, against real servers:
  KAFKA_BROKERS   use this broker list instead of starting one (tools/infra/kafka/start.sh)
  OPENSEARCH_URL  use this node instead of starting one (tools/infra/opensearch/start.sh)
  DATABASE_URL    PostgreSQL admin URL (default postgres://postgres@127.0.0.1:5432/postgres)
Prints a closing line "tests: N passed, N failed, N skipped".
USAGE
}
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { usage; exit 0; }

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
log() { printf '[test] %s\n' "$*" >&2; }

stop_kafka=0
stop_opensearch=0
os_start_pid=""
os_start_out="$(mktemp)"
cleanup() {
  if [[ "${stop_kafka}" == 1 ]]; then bash tools/infra/kafka/stop.sh || true; fi
  # stop.sh takes start.sh's lock, so it also waits for a start still running in the background.
  if [[ "${stop_opensearch}" == 1 ]]; then bash tools/infra/opensearch/stop.sh || true; fi
  rm -f "${os_start_out}"
}
trap cleanup EXIT

# OpenSearch starts in the background while Kafka starts: both are JVMs that spend most of
# their startup waiting, and they share no files or ports.
if [[ -z "${OPENSEARCH_URL:-}" ]]; then
  # Stop the node at the end only if this run started it (a developer's stays up).
  if ! (source tools/infra/opensearch/_common.sh && find_node_pid >/dev/null); then stop_opensearch=1; fi
  log "starting OpenSearch in the background (set OPENSEARCH_URL to use your own)"
  bash tools/infra/opensearch/start.sh >"${os_start_out}" &
  os_start_pid=$!
fi

if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  # Stop the broker at the end only if this run started it (a developer's stays up).
  if ! (source tools/infra/kafka/_common.sh && find_broker_pid >/dev/null); then stop_kafka=1; fi
  log "starting Kafka (set KAFKA_BROKERS to use your own)"
  KAFKA_BROKERS="$(bash tools/infra/kafka/start.sh | tail -n 1 | sed 's/^KAFKA_BROKERS=//')"
  export KAFKA_BROKERS
fi
log "Kafka at ${KAFKA_BROKERS}"

if [[ -n "${os_start_pid}" ]]; then
  wait "${os_start_pid}" || { log "OpenSearch did not start (see above)"; exit 1; }
  OPENSEARCH_URL="$(tail -n 1 "${os_start_out}" | sed 's/^OPENSEARCH_URL=//')"
  export OPENSEARCH_URL
  node tools/infra/opensearch/smoke.mjs || { log "OpenSearch at ${OPENSEARCH_URL} failed its smoke test"; exit 1; }
fi
log "OpenSearch at ${OPENSEARCH_URL}"

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! node -e "const {Client}=require('pg');const c=new Client({connectionString:process.env.DATABASE_URL});c.connect().then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})"; then
  log "PostgreSQL at DATABASE_URL does not answer; trying to start the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
log "PostgreSQL at ${DATABASE_URL%%@*}@…"

# The chat page test drives Debian's Chromium (playwright-core); install it where we can.
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    log "installing Debian's chromium for the browser test"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
  else
    log "warning: /usr/bin/chromium is missing and this user cannot apt-get install it; the browser test will fail"
  fi
fi

results_dir=".local/test-results"
rm -rf "${results_dir}" && mkdir -p "${results_dir}"
export SAGEWIRE_TEST_RESULTS_DIR="${PWD}/${results_dir}"

status=0
# Projects that start whole platforms (eight processes, or the embedded one with a browser)
# run after the others, one at a time: two cores cannot host two platforms and the unit tiers.
HEAVY=e2e,standalone
NX_DAEMON=false npx nx run-many -t lint typecheck test --parallel=2 --outputStyle=stream --skip-nx-cache --exclude="${HEAVY}" "$@" || status=$?
NX_DAEMON=false npx nx run-many -t lint typecheck test --parallel=1 --outputStyle=stream --skip-nx-cache --projects="${HEAVY}" "$@" || status=$?
node tools/scripts/summarize-test-results.mjs "${results_dir}" || status=1
exit "${status}"
