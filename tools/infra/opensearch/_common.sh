# shellcheck shell=bash
# shellcheck disable=SC2034 # variables are used by the scripts that source this file
# Shared by install.sh, start.sh and stop.sh; sourced, not executed.

OS_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
OS_POM="${OS_SCRIPT_DIR}/pom.xml"
# The one place the version is written down is pom.xml.
OS_VERSION="$(sed -n 's#.*<opensearch.version>\([^<]*\)</opensearch.version>.*#\1#p' "${OS_POM}" | head -n 1)"

log() { printf '[opensearch] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ -n "${OS_VERSION}" ]] || die "cannot read <opensearch.version> from ${OS_POM}"

# OpenSearch refuses to run as root, so root runs it as this system user; everything the node
# reads or writes lives outside /root so that user can reach it.
OS_USER="${OPENSEARCH_USER:-sagewire-os}"
if [[ "$(id -u)" == 0 ]]; then
  OS_DEFAULT_STATE="/var/tmp/sagewire-opensearch"
else
  OS_DEFAULT_STATE="/var/tmp/sagewire-opensearch-$(id -un)"
fi

# Assembled server (read-only once installed). /var/lib/sagewire when we may write there,
# else the user's cache dir.
if [[ -n "${SAGEWIRE_OPENSEARCH_HOME:-}" ]]; then
  OS_HOME="${SAGEWIRE_OPENSEARCH_HOME}"
elif [[ "$(id -u)" == 0 || -w /var/lib/sagewire ]] || { [[ ! -e /var/lib/sagewire ]] && [[ -w /var/lib ]]; }; then
  OS_HOME="/var/lib/sagewire/opensearch-${OS_VERSION}"
else
  OS_HOME="${XDG_CACHE_HOME:-${HOME}/.cache}/sagewire/opensearch-${OS_VERSION}"
fi

STATE_DIR="${SAGEWIRE_OPENSEARCH_STATE_DIR:-${OS_DEFAULT_STATE}}"
CONF_DIR="${STATE_DIR}/config"
LOGS_DIR="${STATE_DIR}/logs"
TMP_DIR="${STATE_DIR}/tmp"
DATA_DIR="${OPENSEARCH_DATA_DIR:-${STATE_DIR}/data}"
PID_FILE="${STATE_DIR}/opensearch.pid"
SERVER_LOG="${STATE_DIR}/server.log"
CLUSTER_NAME="sagewire-local"
NODE_LOG="${LOGS_DIR}/${CLUSTER_NAME}.log"

# True when process $1 exists and is not a zombie.
pid_alive() {
  local state=""
  kill -0 "$1" 2>/dev/null || return 1
  if [[ -r "/proc/$1/stat" ]]; then
    state="$(sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1 || true)"
    [[ "${state}" != Z && -n "${state}" ]] || return 1
  fi
  return 0
}

# True when $1 is a live OpenSearch JVM started with *our* config dir (guards against a stale
# pid file whose pid was reused).
is_our_node() {
  local pid="$1" cmdline
  [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
  pid_alive "${pid}" || return 1
  if [[ -r "/proc/${pid}/cmdline" ]]; then
    cmdline="$(tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null || true)"
  else
    cmdline="$(ps -o command= -p "${pid}" 2>/dev/null || true)"
  fi
  [[ "${cmdline}" == *org.opensearch.bootstrap.OpenSearch* && "${cmdline}" == *"-Dopensearch.path.conf=${CONF_DIR} "* ]]
}

# Prints the pid of our running node, if any: from the pid file (written by the JVM itself),
# or by scanning /proc when the pid file was lost.
find_node_pid() {
  local pid="" p
  if [[ -f "${PID_FILE}" ]]; then
    pid="$(tr -dc '0-9' 2>/dev/null <"${PID_FILE}" || true)"
    if is_our_node "${pid}"; then
      printf '%s\n' "${pid}"
      return 0
    fi
  fi
  if [[ -d /proc ]]; then
    while IFS= read -r p; do
      p="${p#/proc/}"
      p="${p%/cmdline}"
      if is_our_node "${p}"; then
        printf '%s\n' "${p}"
        return 0
      fi
    done < <(grep -lsaF -- "-Dopensearch.path.conf=${CONF_DIR}" /proc/[0-9]*/cmdline 2>/dev/null || true)
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

# Stops node pid $1: SIGTERM (OpenSearch closes shards and exits), wait up to $2 seconds,
# then SIGKILL.
stop_node() {
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
