#!/usr/bin/env bash
# Stops the local Kafka broker started by start.sh. See --help.
set -euo pipefail

# shellcheck source=./_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/_common.sh"

usage() {
  cat <<EOF
Usage: tools/infra/kafka/stop.sh [--purge] [--help]

Stops the Kafka broker started by start.sh: SIGTERM (controlled shutdown), up to
\${KAFKA_STOP_TIMEOUT:-30} s to exit, then SIGKILL; removes the pid file. Succeeds quietly
when nothing is running.

  --purge   also delete the broker's data (\$SAGEWIRE_STATE_DIR/kafka/data: topics, offsets,
            KRaft metadata); the downloaded jars and the cluster id are kept

Environment: SAGEWIRE_STATE_DIR (default <repo>/.local), KAFKA_STOP_TIMEOUT (default 30).
EOF
}

purge=false
for arg in "$@"; do
  case "${arg}" in
    -h | --help) usage; exit 0 ;;
    --purge) purge=true ;;
    *) usage >&2; die "unknown argument: ${arg}" ;;
  esac
done

KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
[[ "${KAFKA_STOP_TIMEOUT}" =~ ^[0-9]+$ ]] || die "KAFKA_STOP_TIMEOUT must be a number"

[[ -d "${STATE_DIR}" ]] || exit 0

# Same lock as start.sh, so a stop never races a start that is still launching.
if command -v flock >/dev/null; then
  exec 9>"${STATE_DIR}/.lock"
  flock -w 600 9 || die "timed out waiting for ${STATE_DIR}/.lock"
fi

if pid="$(find_broker_pid)"; then
  log "stopping broker (pid ${pid})"
  t0="$(now_ms)"
  stop_broker "${pid}" "${KAFKA_STOP_TIMEOUT}"
  log "stopped in $(($(now_ms) - t0)) ms"
fi
rm -f "${PID_FILE}"

if [[ "${purge}" == true ]]; then
  rm -rf "${DATA_DIR}"
  log "purged ${DATA_DIR}"
fi
