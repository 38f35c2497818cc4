#!/usr/bin/env bash
# Stops the local OpenSearch node started by start.sh. See --help.
set -euo pipefail

# shellcheck source=./_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/_common.sh"

usage() {
  cat <<EOF2
Usage: tools/infra/opensearch/stop.sh [--purge] [--help]

Stops the OpenSearch node started by start.sh: SIGTERM (the node closes its shards), up to
\${OPENSEARCH_STOP_TIMEOUT:-30} s to exit, then SIGKILL; removes the pid file. Succeeds
quietly when nothing is running. A node that start.sh found already answering but did not
start is left alone.

  --purge   also delete the node's data (${DATA_DIR}); the assembled server is kept

Environment: SAGEWIRE_OPENSEARCH_STATE_DIR, OPENSEARCH_DATA_DIR, OPENSEARCH_STOP_TIMEOUT (default 30).
EOF2
}

purge=false
for arg in "$@"; do
  case "${arg}" in
    -h | --help) usage; exit 0 ;;
    --purge) purge=true ;;
    *) usage >&2; die "unknown argument: ${arg}" ;;
  esac
done

OPENSEARCH_STOP_TIMEOUT="${OPENSEARCH_STOP_TIMEOUT:-30}"
[[ "${OPENSEARCH_STOP_TIMEOUT}" =~ ^[0-9]+$ ]] || die "OPENSEARCH_STOP_TIMEOUT must be a number"

[[ -d "${STATE_DIR}" ]] || exit 0

# Same lock as start.sh, so a stop never races a start that is still launching.
if command -v flock >/dev/null; then
  exec 9>"${STATE_DIR}/.lock"
  flock -w 900 9 || die "timed out waiting for ${STATE_DIR}/.lock"
fi

if pid="$(find_node_pid)"; then
  log "stopping node (pid ${pid})"
  t0="$(now_ms)"
  stop_node "${pid}" "${OPENSEARCH_STOP_TIMEOUT}"
  log "stopped in $(($(now_ms) - t0)) ms"
fi
rm -f "${PID_FILE}"

if [[ "${purge}" == true ]]; then
  rm -rf "${DATA_DIR}"
  log "purged ${DATA_DIR}"
fi
