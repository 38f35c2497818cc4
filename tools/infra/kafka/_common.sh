# shellcheck shell=bash
# shellcheck disable=SC2034 # variables are used by the scripts that source this file
# Shared by start.sh and stop.sh; sourced, not executed.

KAFKA_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "${KAFKA_SCRIPT_DIR}/../../.." && pwd -P)"
STATE_DIR="${SAGEWIRE_STATE_DIR:-${REPO_ROOT}/.local}/kafka"
PID_FILE="${STATE_DIR}/kafka.pid"
SERVER_PROPERTIES="${STATE_DIR}/server.properties"
DATA_DIR="${STATE_DIR}/data"
LIBS_DIR="${STATE_DIR}/libs"
LOGS_DIR="${STATE_DIR}/logs"
SERVER_LOG="${STATE_DIR}/server.log"

log() { printf '[kafka] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# shellcheck source=../server-process.sh
source "${KAFKA_SCRIPT_DIR}/../server-process.sh"

# True when $1 is a live process running kafka.Kafka with *our* server.properties.
is_our_broker() {
  local cmdline
  cmdline="$(process_cmdline "$1")" || return 1
  [[ "${cmdline}" == *kafka.Kafka* && "${cmdline}" == *"${SERVER_PROPERTIES}"* ]]
}

# Prints the pid of our running broker, if any (pid file, else a scan of /proc).
find_broker_pid() {
  find_server_pid "${PID_FILE}" "${SERVER_PROPERTIES}" is_our_broker
}

# Stops broker pid $1: SIGTERM (controlled shutdown), wait up to $2 seconds, then SIGKILL.
stop_broker() {
  stop_server "$@"
}
