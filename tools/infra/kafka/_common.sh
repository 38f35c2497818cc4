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

# True when process $1 exists and is not a zombie (the detached broker is reparented, so an
# exited broker may linger as a zombie until its new parent reaps it).
pid_alive() {
  local state=""
  kill -0 "$1" 2>/dev/null || return 1
  if [[ -r "/proc/$1/stat" ]]; then
    state="$(sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1 || true)"
    [[ "${state}" != Z && -n "${state}" ]] || return 1
  fi
  return 0
}

# True when $1 is a live process running kafka.Kafka with *our* server.properties
# (guards against a stale pid file whose pid was reused by something else).
is_our_broker() {
  local pid="$1" cmdline
  [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
  pid_alive "${pid}" || return 1
  if [[ -r "/proc/${pid}/cmdline" ]]; then
    cmdline="$(tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null || true)"
  else
    cmdline="$(ps -o command= -p "${pid}" 2>/dev/null || true)"
  fi
  [[ "${cmdline}" == *kafka.Kafka* && "${cmdline}" == *"${SERVER_PROPERTIES}"* ]]
}

# Prints the pid of our running broker, if any: from the pid file, or (when the pid file
# was lost) by scanning /proc for a kafka.Kafka process using our server.properties.
find_broker_pid() {
  local pid="" p
  if [[ -f "${PID_FILE}" ]]; then
    pid="$(tr -dc '0-9' <"${PID_FILE}" || true)"
    if is_our_broker "${pid}"; then
      printf '%s\n' "${pid}"
      return 0
    fi
  fi
  if [[ -d /proc ]]; then
    # One grep over all command lines; is_our_broker then checks each candidate.
    while IFS= read -r p; do
      p="${p#/proc/}"
      p="${p%/cmdline}"
      if is_our_broker "${p}"; then
        printf '%s\n' "${p}"
        return 0
      fi
    done < <(grep -lsaF -- "${SERVER_PROPERTIES}" /proc/[0-9]*/cmdline 2>/dev/null || true)
  fi
  return 1
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Milliseconds since the epoch (bash 5 EPOCHREALTIME; falls back to whole seconds).
now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    printf '%s\n' "$((10#${t} / 1000))"
  else
    printf '%s\n' "$(($(date +%s) * 1000))"
  fi
}

# Stops broker pid $1: SIGTERM (controlled shutdown), wait up to $2 seconds, then SIGKILL.
stop_broker() {
  local pid="$1" timeout="${2:-30}" waited=0
  kill -TERM "${pid}" 2>/dev/null || return 0
  while pid_alive "${pid}"; do
    if ((waited >= timeout * 10)); then
      log "pid ${pid} still running after ${timeout} s; sending SIGKILL"
      kill -KILL "${pid}" 2>/dev/null || true
      waited=0
      while pid_alive "${pid}" && ((waited < 100)); do
        sleep 0.1
        waited=$((waited + 1))
      done
      pid_alive "${pid}" && { log "error: pid ${pid} survived SIGKILL"; return 1; }
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  return 0
}
