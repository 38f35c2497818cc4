#!/usr/bin/env bash
# Starts (or reuses) a real single-node Apache Kafka broker (KRaft, no ZooKeeper, no Docker)
# from Maven Central jars. See --help.
set -euo pipefail

# shellcheck source=./_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/_common.sh"

usage() {
  cat <<EOF
Usage: tools/infra/kafka/start.sh [--help]

Starts a single-node Apache Kafka broker (KRaft combined broker+controller) on 127.0.0.1,
from jars that Maven fetches from Maven Central (pom.xml next to this script). Idempotent:
when our broker is already running and answering, it only prints its address.

On success the last line on stdout is
  KAFKA_BROKERS=127.0.0.1:<port>
(everything else goes to stderr), so callers can: eval "\$(tools/infra/kafka/start.sh)"

Environment:
  SAGEWIRE_STATE_DIR      state root (default: <repo>/.local); Kafka uses \$SAGEWIRE_STATE_DIR/kafka
  KAFKA_PORT              broker (client) port              (default: 19092)
  KAFKA_CONTROLLER_PORT   KRaft controller port             (default: 19093)
  KAFKA_NUM_PARTITIONS    partitions of auto-created topics (default: 3)
  KAFKA_START_TIMEOUT     seconds to wait for readiness     (default: 90)
  KAFKA_HEAP_OPTS         JVM heap flags                    (default: -Xms512m -Xmx512m)
  JAVA_HOME               JDK to use (default: java on PATH; Java 11+, 17 recommended)

State (\$SAGEWIRE_STATE_DIR/kafka): libs/ (jars), data/ (log.dirs), logs/broker.log (INFO),
server.log (stdout/stderr, WARN+), server.properties, cluster.id, kafka.pid.
Stop with tools/infra/kafka/stop.sh [--purge].
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; die "unknown argument: $1" ;;
esac

KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_NUM_PARTITIONS="${KAFKA_NUM_PARTITIONS:-3}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms512m -Xmx512m}"
for v in KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_NUM_PARTITIONS KAFKA_START_TIMEOUT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "${v} must be a number, got '${!v}'"
done
[[ "${KAFKA_PORT}" != "${KAFKA_CONTROLLER_PORT}" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"

if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
  JAVA="${JAVA_HOME}/bin/java"
else
  JAVA="$(command -v java || true)"
fi
[[ -n "${JAVA}" ]] || die "java not found (install a JDK 17 or set JAVA_HOME)"
command -v node >/dev/null || die "node not found (needed for the readiness probe)"
node "${KAFKA_SCRIPT_DIR}/wait-ready.mjs" --check || die "the readiness probe needs kafkajs in the repository's node_modules"

START_MS="$(now_ms)"
DEADLINE=$(($(date +%s) + KAFKA_START_TIMEOUT))
BROKERS="127.0.0.1:${KAFKA_PORT}"

mkdir -p "${STATE_DIR}" "${LOGS_DIR}"

# Serialise concurrent start.sh/stop.sh runs (e.g. parallel test tasks). The lock fd is closed
# for the broker process below, otherwise the broker would hold the lock for its whole life.
if command -v flock >/dev/null; then
  exec 9>"${STATE_DIR}/.lock"
  flock -w 600 9 || die "timed out waiting for ${STATE_DIR}/.lock"
fi

file_size() { if [[ -f "$1" ]]; then wc -c <"$1" | tr -d ' '; else echo 0; fi; }
# Sizes of the logs when this run started, so failures show only this run's lines.
declare -A LOG_OFFSETS=(["${SERVER_LOG}"]="$(file_size "${SERVER_LOG}")" ["${LOGS_DIR}/broker.log"]="$(file_size "${LOGS_DIR}/broker.log")")

tail_logs() {
  local f from
  for f in "${SERVER_LOG}" "${LOGS_DIR}/broker.log"; do
    [[ -s "${f}" ]] || continue
    from="${LOG_OFFSETS[${f}]:-0}"
    (($(file_size "${f}") >= from)) || from=0 # rolled over since
    log "---- last 40 lines of ${f} (this run) ----"
    tail -c "+$((from + 1))" "${f}" | tail -n 40 >&2 || true
  done
}

# Waits for the TCP port, then for a real metadata round trip (wait-ready.mjs, kafkajs).
wait_ready() {
  local pid="$1" remaining
  while ! port_open "${KAFKA_PORT}"; do
    is_our_broker "${pid}" || { log "broker process ${pid} exited during startup"; return 1; }
    (($(date +%s) < DEADLINE)) || { log "port ${KAFKA_PORT} not open after ${KAFKA_START_TIMEOUT} s"; return 1; }
    sleep 0.2
  done
  remaining=$((DEADLINE - $(date +%s)))
  ((remaining > 0)) || remaining=1
  node "${KAFKA_SCRIPT_DIR}/wait-ready.mjs" --brokers "${BROKERS}" --timeout "${remaining}" --pid "${pid}" >&2
}

configured_port() {
  # Broker port of the running broker, from the server.properties it was started with.
  sed -n 's#^listeners=PLAINTEXT://[^,]*:\([0-9]*\),.*#\1#p' "${SERVER_PROPERTIES}" 2>/dev/null | head -n 1
}

# 1. Already running?
if pid="$(find_broker_pid)"; then
  running_port="$(configured_port)"
  if [[ -n "${running_port}" && "${running_port}" != "${KAFKA_PORT}" ]]; then
    die "our broker (pid ${pid}) is already running on port ${running_port}, not ${KAFKA_PORT}; run stop.sh first"
  fi
  printf '%s\n' "${pid}" >"${PID_FILE}"
  log "broker already running (pid ${pid}); checking it answers"
  if ! wait_ready "${pid}"; then
    tail_logs
    die "broker pid ${pid} is running but not ready after ${KAFKA_START_TIMEOUT} s (stop it with stop.sh)"
  fi
  printf 'KAFKA_BROKERS=%s\n' "${BROKERS}"
  exit 0
fi
rm -f "${PID_FILE}"

for p in "${KAFKA_PORT}" "${KAFKA_CONTROLLER_PORT}"; do
  if port_open "${p}"; then
    die "port ${p} on 127.0.0.1 is already in use by another process (set KAFKA_PORT / KAFKA_CONTROLLER_PORT)"
  fi
done

# 2. Jars (runtime class path of kafka_2.13 + slf4j-reload4j), refreshed when pom.xml changes.
POM="${KAFKA_SCRIPT_DIR}/pom.xml"
POM_SHA="$(sha256sum "${POM}" | cut -d' ' -f1)"
STAMP="${STATE_DIR}/libs.sha256"
if [[ -d "${LIBS_DIR}" ]] && compgen -G "${LIBS_DIR}/kafka_2.13-*.jar" >/dev/null &&
  [[ -f "${STAMP}" && "$(cat "${STAMP}")" == "${POM_SHA}" ]]; then
  log "jars up to date in ${LIBS_DIR}"
else
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch the Kafka jars)"
  log "fetching Kafka jars with Maven into ${LIBS_DIR} ..."
  t0="$(now_ms)"
  rm -rf "${LIBS_DIR}.tmp"
  # -B and a redirect: Maven output must never reach our stdout.
  if ! mvn -q -B -f "${POM}" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="${LIBS_DIR}.tmp" >&2; then
    rm -rf "${LIBS_DIR}.tmp"
    die "mvn dependency:copy-dependencies failed"
  fi
  rm -rf "${LIBS_DIR}"
  mv "${LIBS_DIR}.tmp" "${LIBS_DIR}"
  printf '%s\n' "${POM_SHA}" >"${STAMP}"
  log "jars fetched in $(($(now_ms) - t0)) ms"
  # A new class path is about to start; the deadline counts broker startup only.
  DEADLINE=$(($(date +%s) + KAFKA_START_TIMEOUT))
fi

# 3. Configuration (rewritten each start; the broker is not running at this point).
mkdir -p "${DATA_DIR}"
cat >"${SERVER_PROPERTIES}" <<EOF
# Generated by tools/infra/kafka/start.sh; edits are overwritten on the next start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${KAFKA_CONTROLLER_PORT}
listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT},CONTROLLER://127.0.0.1:${KAFKA_CONTROLLER_PORT}
advertised.listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT}
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=${DATA_DIR}

num.partitions=${KAFKA_NUM_PARTITIONS}
auto.create.topics.enable=true
delete.topic.enable=true
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10

# Tests: consumer groups join without the default 3 s delay.
group.initial.rebalance.delay.ms=0

num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=24
log.segment.bytes=67108864
log.retention.check.interval.ms=300000
EOF

# 4. Cluster id (generated once, kept) and storage format (skipped once formatted).
CLUSTER_ID_FILE="${STATE_DIR}/cluster.id"
if [[ ! -s "${CLUSTER_ID_FILE}" ]]; then
  # A Kafka cluster id is a random UUID in URL-safe base64 without padding (22 chars).
  head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"${CLUSTER_ID_FILE}"
fi
CLUSTER_ID="$(cat "${CLUSTER_ID_FILE}")"

read -r -a HEAP_OPTS <<<"${KAFKA_HEAP_OPTS}"
JVM_OPTS=(
  "${HEAP_OPTS[@]}"
  # Kafka's own defaults (bin/kafka-run-class.sh)
  -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
  -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true
  "-Dlog4j.configuration=file:${KAFKA_SCRIPT_DIR}/log4j.properties"
  "-Dkafka.logs.dir=${LOGS_DIR}"
  -cp "${LIBS_DIR}/*"
)

if [[ ! -f "${DATA_DIR}/meta.properties" ]]; then
  log "formatting ${DATA_DIR} (cluster id ${CLUSTER_ID})"
  if ! "${JAVA}" "${JVM_OPTS[@]}" kafka.tools.StorageTool format -t "${CLUSTER_ID}" \
    -c "${SERVER_PROPERTIES}" --ignore-formatted >&2 9>&-; then
    tail_logs
    die "kafka.tools.StorageTool format failed"
  fi
elif ! grep -q "^cluster.id=${CLUSTER_ID}\$" "${DATA_DIR}/meta.properties"; then
  die "${DATA_DIR} was formatted for another cluster id than ${CLUSTER_ID_FILE}; run stop.sh --purge"
fi

# 5. Launch detached: new session (setsid), no inherited stdio or lock fd. The wrapper writes
# its own pid before exec'ing java, so the pid file is right even if setsid has to fork.
LAUNCH_MS="$(now_ms)"
log "starting broker on ${BROKERS} (controller 127.0.0.1:${KAFKA_CONTROLLER_PORT}), log ${SERVER_LOG}"
printf '\n===== %s start.sh: starting Kafka =====\n' "$(date -Is)" >>"${SERVER_LOG}"
cd "${STATE_DIR}"
# shellcheck disable=SC2016 # $$ and $1 are for the inner bash
nohup setsid bash -c 'printf "%s\n" "$$" >"$1"; shift; exec "$@"' kafka-start "${PID_FILE}" \
  "${JAVA}" "${JVM_OPTS[@]}" kafka.Kafka "${SERVER_PROPERTIES}" \
  </dev/null >>"${SERVER_LOG}" 2>&1 9>&- &

pid=""
for _ in $(seq 1 100); do
  pid="$(cat "${PID_FILE}" 2>/dev/null || true)"
  [[ -n "${pid}" ]] && break
  sleep 0.05
done
[[ -n "${pid}" ]] || { tail_logs; die "broker did not write ${PID_FILE}"; }

# 6. Readiness: TCP port, then a real metadata round trip.
if ! wait_ready "${pid}"; then
  tail_logs
  rm -f "${PID_FILE}"
  if is_our_broker "${pid}"; then
    log "broker pid ${pid} still running but not ready; stopping it"
    stop_broker "${pid}" 30 || true
    die "Kafka did not become ready within ${KAFKA_START_TIMEOUT} s"
  fi
  die "Kafka exited during startup (see the log lines above)"
fi
log "ready in $(($(now_ms) - START_MS)) ms since start.sh began (pid ${pid}, broker launch to ready $(($(now_ms) - LAUNCH_MS)) ms)"
printf 'KAFKA_BROKERS=%s\n' "${BROKERS}"
