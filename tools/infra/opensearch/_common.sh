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

# shellcheck source=../server-process.sh
source "${OS_SCRIPT_DIR}/../server-process.sh"

# True when $1 is a live OpenSearch JVM started with *our* config dir.
is_our_node() {
  local cmdline
  cmdline="$(process_cmdline "$1")" || return 1
  [[ "${cmdline}" == *org.opensearch.bootstrap.OpenSearch* && "${cmdline}" == *"-Dopensearch.path.conf=${CONF_DIR} "* ]]
}

# Prints the pid of our running node, if any: from the pid file (written by the JVM itself),
# or by scanning /proc when the pid file was lost.
find_node_pid() {
  find_server_pid "${PID_FILE}" "-Dopensearch.path.conf=${CONF_DIR}" is_our_node
}

# Stops node pid $1: SIGTERM (OpenSearch closes shards and exits), wait up to $2 seconds,
# then SIGKILL.
stop_node() {
  stop_server "$@"
}
