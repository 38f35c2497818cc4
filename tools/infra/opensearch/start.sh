#!/usr/bin/env bash
# Starts (or reuses) a real single-node OpenSearch with k-NN (no Docker), assembled from Maven
# Central by install.sh. See --help.
set -euo pipefail

# shellcheck source=./_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/_common.sh"

usage() {
  cat <<EOF
Usage: tools/infra/opensearch/start.sh [--help]

Starts a single-node OpenSearch ${OS_VERSION} (k-NN, lang-painless, analysis-common; no security
plugin) on 127.0.0.1. Idempotent: when a node already answers on the port, it only prints the
URL. Run as root, the node runs as the system user \$OPENSEARCH_USER (created when missing).

On success the last line on stdout is
  OPENSEARCH_URL=http://127.0.0.1:<port>
(everything else goes to stderr), so callers can: eval "\$(tools/infra/opensearch/start.sh)"

Environment:
  OPENSEARCH_PORT                HTTP port                        (default: 19200)
  OPENSEARCH_TRANSPORT_PORT      transport port                   (default: 19300)
  OPENSEARCH_HEAP                JVM heap, 256m..1g               (default: 512m)
  OPENSEARCH_START_TIMEOUT       seconds to wait for yellow/green (default: 120)
  OPENSEARCH_DATA_DIR            index data                       (default: <state>/data)
  OPENSEARCH_USER                user the node runs as under root (default: sagewire-os)
  OPENSEARCH_JAVA_OPTS           extra JVM flags
  SAGEWIRE_OPENSEARCH_STATE_DIR  config, logs, pid file           (default: ${OS_DEFAULT_STATE})
  SAGEWIRE_OPENSEARCH_HOME       assembled server (install.sh)    (default: ${OS_HOME})
  JAVA_HOME                      JDK 17 (default: java on PATH)

State: ${STATE_DIR}/{config,logs,tmp,data}, server.log (stdout/stderr, WARN+),
logs/${CLUSTER_NAME}.log (INFO+), opensearch.pid. Stop with tools/infra/opensearch/stop.sh [--purge].
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; die "unknown argument: $1" ;;
esac

OPENSEARCH_PORT="${OPENSEARCH_PORT:-19200}"
OPENSEARCH_TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-19300}"
OPENSEARCH_HEAP="${OPENSEARCH_HEAP:-512m}"
OPENSEARCH_START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
for v in OPENSEARCH_PORT OPENSEARCH_TRANSPORT_PORT OPENSEARCH_START_TIMEOUT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "${v} must be a number, got '${!v}'"
done
[[ "${OPENSEARCH_PORT}" != "${OPENSEARCH_TRANSPORT_PORT}" ]] || die "OPENSEARCH_PORT and OPENSEARCH_TRANSPORT_PORT must differ"
# Test data is small; more than 1 GB only takes memory from the services under test.
[[ "${OPENSEARCH_HEAP}" =~ ^([0-9]+)([mMgG])$ ]] || die "OPENSEARCH_HEAP must look like 512m or 1g, got '${OPENSEARCH_HEAP}'"
heap_mb="${BASH_REMATCH[1]}"
[[ "${BASH_REMATCH[2]}" == [gG] ]] && heap_mb=$((heap_mb * 1024))
((heap_mb >= 256 && heap_mb <= 1024)) || die "OPENSEARCH_HEAP must be between 256m and 1g, got '${OPENSEARCH_HEAP}'"
URL="http://127.0.0.1:${OPENSEARCH_PORT}"

for d in "${STATE_DIR}" "${DATA_DIR}"; do
  case "${d}" in /root | /root/*) die "${d} is under /root, which the OpenSearch user cannot reach" ;; esac
done

# --- HTTP helpers (curl when present, else Node 20's fetch) ---------------------------------
http_get() {
  if command -v curl >/dev/null; then
    curl -sS --max-time 5 "$1" 2>/dev/null
  else
    node -e 'fetch(process.argv[1],{signal:AbortSignal.timeout(5000)}).then(r=>r.text()).then(t=>process.stdout.write(t),()=>process.exit(1))' "$1"
  fi
}
# True when an OpenSearch (or Elasticsearch-compatible) node answers on our port.
node_answers() { http_get "${URL}/" | grep -q '"cluster_name"'; }
# True when the cluster is yellow or green.
health_ok() {
  local body
  body="$(http_get "${URL}/_cluster/health?wait_for_status=yellow&timeout=2s")" || return 1
  [[ "${body}" == *'"timed_out":false'* && "${body}" =~ \"status\":\"(yellow|green)\" ]]
}

# --- Java: OpenSearch 2.x runs on 11-21 (the security manager is gone in 24); 17 is tested ---
if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
  JDK="${JAVA_HOME}"
elif command -v java >/dev/null; then
  JDK="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
else
  die "java not found (install a JDK 17 or set JAVA_HOME)"
fi
java_major="$("${JDK}/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
java_major="${java_major#1.}"
[[ "${java_major}" =~ ^[0-9]+$ ]] || die "cannot tell the version of ${JDK}/bin/java"
((java_major >= 11 && java_major <= 21)) || die "OpenSearch ${OS_VERSION} needs Java 11-21 (17 recommended); ${JDK} is Java ${java_major}: set JAVA_HOME"
((java_major == 17)) || log "warning: Java ${java_major} at ${JDK}; OpenSearch ${OS_VERSION} is tested here with 17"

START_MS="$(now_ms)"
DEADLINE=$(($(date +%s) + OPENSEARCH_START_TIMEOUT))

mkdir -p "${STATE_DIR}"
# Serialise concurrent start.sh/stop.sh runs. The node gets the lock fd closed (9>&- below),
# otherwise it would hold the lock for its whole life.
if command -v flock >/dev/null; then
  exec 9>"${STATE_DIR}/.lock"
  flock -w 900 9 || die "timed out waiting for ${STATE_DIR}/.lock"
fi

file_size() { if [[ -f "$1" ]]; then wc -c <"$1" | tr -d ' '; else echo 0; fi; }
# Sizes of the logs when this run started, so failures show only this run's lines.
declare -A LOG_OFFSETS=(["${SERVER_LOG}"]="$(file_size "${SERVER_LOG}")" ["${NODE_LOG}"]="$(file_size "${NODE_LOG}")")
tail_logs() {
  local f from
  for f in "${SERVER_LOG}" "${NODE_LOG}"; do
    [[ -s "${f}" ]] || continue
    from="${LOG_OFFSETS[${f}]:-0}"
    (($(file_size "${f}") >= from)) || from=0 # rolled over since
    log "---- last 50 lines of ${f} (this run) ----"
    tail -c "+$((from + 1))" "${f}" | tail -n 50 >&2 || true
  done
}

# Polls cluster health until yellow/green, while process $1 (the launcher, or the node) lives.
wait_ready() {
  local pid="$1" node_pid
  until health_ok; do
    if ! pid_alive "${pid}"; then
      node_pid="$(tr -dc '0-9' 2>/dev/null <"${PID_FILE}" || true)"
      is_our_node "${node_pid}" || { log "OpenSearch exited during startup"; return 1; }
    fi
    (($(date +%s) < DEADLINE)) || { log "not yellow/green after ${OPENSEARCH_START_TIMEOUT} s"; return 1; }
    sleep 0.5
  done
}

rss_of() { sed -n 's/^VmRSS:[[:space:]]*//p' "/proc/$1/status" 2>/dev/null || echo '?'; }

# 1. Already running? Ours (pid file / config path), or any node answering on the port.
if pid="$(find_node_pid)"; then
  running_port="$(sed -n 's/^http.port: *//p' "${CONF_DIR}/opensearch.yml" 2>/dev/null || true)"
  if [[ -n "${running_port}" && "${running_port}" != "${OPENSEARCH_PORT}" ]]; then
    die "our node (pid ${pid}) is already running on port ${running_port}, not ${OPENSEARCH_PORT}; run stop.sh first"
  fi
  log "node already running (pid ${pid}, RSS $(rss_of "${pid}")); checking its health"
  if ! wait_ready "${pid}"; then
    tail_logs
    die "node pid ${pid} is running but not yellow/green after ${OPENSEARCH_START_TIMEOUT} s (stop it with stop.sh)"
  fi
  printf 'OPENSEARCH_URL=%s\n' "${URL}"
  exit 0
fi
if node_answers; then
  log "a node not started by this script already answers on ${URL}; using it"
  printf 'OPENSEARCH_URL=%s\n' "${URL}"
  exit 0
fi
for p in "${OPENSEARCH_PORT}" "${OPENSEARCH_TRANSPORT_PORT}"; do
  port_open "${p}" && die "port ${p} on 127.0.0.1 is in use by something that is not OpenSearch (set OPENSEARCH_PORT / OPENSEARCH_TRANSPORT_PORT)"
done
rm -f "${PID_FILE}"

# 2. The server (assembled once; a no-op afterwards).
bash "${OS_SCRIPT_DIR}/install.sh" >/dev/null
# The deadline counts node startup only, not a first download.
DEADLINE=$(($(date +%s) + OPENSEARCH_START_TIMEOUT))

# 3. Who runs it. OpenSearch refuses root, so root hands it to a system user.
RUN_AS=()
if [[ "$(id -u)" == 0 ]]; then
  if ! id -u "${OS_USER}" >/dev/null 2>&1; then
    log "creating system user ${OS_USER}"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "${OS_USER}" || die "useradd ${OS_USER} failed"
  fi
  runuser -u "${OS_USER}" -- test -r "${OS_HOME}/lib/opensearch-${OS_VERSION}.jar" ||
    die "${OS_USER} cannot read ${OS_HOME}; choose a SAGEWIRE_OPENSEARCH_HOME outside /root"
  RUN_AS=(runuser -u "${OS_USER}" --)
fi

# 4. Configuration (rewritten on each start; the node is not running at this point). The
# keystore the node creates in config/ on its first start is kept.
mkdir -p "${CONF_DIR}/jvm.options.d" "${LOGS_DIR}" "${TMP_DIR}" "${DATA_DIR}"
cat >"${CONF_DIR}/opensearch.yml" <<EOF
# Generated by tools/infra/opensearch/start.sh; edits are overwritten on the next start.
cluster.name: ${CLUSTER_NAME}
node.name: ${CLUSTER_NAME}-1
path.data: ${DATA_DIR}
path.logs: ${LOGS_DIR}
network.host: 127.0.0.1
http.port: ${OPENSEARCH_PORT}
transport.port: ${OPENSEARCH_TRANSPORT_PORT}
# One node: no discovery, no cluster bootstrap, and bootstrap checks stay warnings on loopback.
discovery.type: single-node
# Test machines often have little free disk; the watermarks would make indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
# Tests delete indices by name only (a wildcard delete could hit another spec's index).
action.destructive_requires_name: true
EOF
# The distribution's JVM options with our heap, and crash/GC files under our logs dir. No heap
# dump on OOM: hundreds of MB in /var/tmp help nobody on CI. No pre-touch (OpenSearch's default
# touches the whole heap at start): the node then holds only the memory it uses, which leaves
# more for the services and browser that share a CI machine with it.
{
  sed -e "s#^-Xms.*#-Xms${OPENSEARCH_HEAP}#" -e "s#^-Xmx.*#-Xmx${OPENSEARCH_HEAP}#" \
    -e 's#^-XX:+HeapDumpOnOutOfMemoryError#-XX:-HeapDumpOnOutOfMemoryError#' \
    -e "s#^-XX:HeapDumpPath=.*#-XX:HeapDumpPath=${LOGS_DIR}#" \
    -e "s#logs/#${LOGS_DIR}/#g" -e 's#filecount=32,filesize=64m#filecount=2,filesize=16m#' \
    "${OS_HOME}/config/jvm.options"
  printf '%s\n' '' '## sagewire: after the system defaults, so it wins' '-XX:-AlwaysPreTouch'
} >"${CONF_DIR}/jvm.options"
cp "${OS_SCRIPT_DIR}/log4j2.properties" "${CONF_DIR}/log4j2.properties"
if ((${#RUN_AS[@]})); then
  chown -R "${OS_USER}:" "${STATE_DIR}" "${DATA_DIR}"
fi

# 5. Launch detached: new session, clean environment, no inherited stdio or lock fd. The JVM
# writes its own pid file (-p), so the pid is the node's even with runuser in between.
# bin/opensearch runs bin/opensearch-keystore relative to the working dir, hence the cd.
LAUNCH_MS="$(now_ms)"
log "starting OpenSearch ${OS_VERSION} on ${URL} (heap ${OPENSEARCH_HEAP}, Java ${java_major}${RUN_AS[*]:+, as ${OS_USER}}), log ${SERVER_LOG}"
printf '\n===== %s start.sh: starting OpenSearch =====\n' "$(date -Is)" >>"${SERVER_LOG}"
cd "${OS_HOME}"
nohup setsid "${RUN_AS[@]}" env -i \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME="${STATE_DIR}" \
  OPENSEARCH_JAVA_HOME="${JDK}" OPENSEARCH_PATH_CONF="${CONF_DIR}" OPENSEARCH_TMPDIR="${TMP_DIR}" \
  OPENSEARCH_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:-}" \
  "${OS_HOME}/bin/opensearch" -p "${PID_FILE}" \
  </dev/null >>"${SERVER_LOG}" 2>&1 9>&- &
launcher_pid=$!

# 6. Readiness: cluster health yellow or green.
if ! wait_ready "${launcher_pid}"; then
  tail_logs
  if pid="$(find_node_pid)"; then
    log "node pid ${pid} still running but not ready; stopping it"
    stop_node "${pid}" 30 || true
  fi
  rm -f "${PID_FILE}"
  die "OpenSearch did not become ready (see the log lines above)"
fi
pid="$(find_node_pid || echo '?')"
log "ready in $(($(now_ms) - START_MS)) ms since start.sh began (pid ${pid}, launch to ready $(($(now_ms) - LAUNCH_MS)) ms, RSS $(rss_of "${pid}"))"
printf 'OPENSEARCH_URL=%s\n' "${URL}"
