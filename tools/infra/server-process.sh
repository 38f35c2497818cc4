# shellcheck shell=bash
# Process helpers shared by the local servers' scripts (kafka/, opensearch/); sourced by their
# _common.sh, which defines `log` first.

# True when process $1 exists and is not a zombie (a detached server is reparented, so an
# exited one may linger as a zombie until its new parent reaps it).
pid_alive() {
  local state=""
  kill -0 "$1" 2>/dev/null || return 1
  if [[ -r "/proc/$1/stat" ]]; then
    state="$(sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1 || true)"
    [[ "${state}" != Z && -n "${state}" ]] || return 1
  fi
  return 0
}

# Prints the command line of live process $1 (arguments separated by spaces), or fails.
process_cmdline() {
  local pid="$1"
  [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
  pid_alive "${pid}" || return 1
  if [[ -r "/proc/${pid}/cmdline" ]]; then
    tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null || true
  else
    ps -o command= -p "${pid}" 2>/dev/null || true
  fi
}

# Prints the pid of our running server, if any: from pid file $1, or (when it was lost) by
# scanning /proc for command lines containing marker $2. $3 names the predicate that decides
# whether a pid is ours (guards against a stale pid file whose pid was reused).
find_server_pid() {
  local pid_file="$1" marker="$2" is_ours="$3" pid="" p
  if [[ -f "${pid_file}" ]]; then
    pid="$(tr -dc '0-9' 2>/dev/null <"${pid_file}" || true)"
    if "${is_ours}" "${pid}"; then
      printf '%s\n' "${pid}"
      return 0
    fi
  fi
  if [[ -d /proc ]]; then
    # One grep over all command lines; the predicate then checks each candidate.
    while IFS= read -r p; do
      p="${p#/proc/}"
      p="${p%/cmdline}"
      if "${is_ours}" "${p}"; then
        printf '%s\n' "${p}"
        return 0
      fi
    done < <(grep -lsaF -- "${marker}" /proc/[0-9]*/cmdline 2>/dev/null || true)
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

# Stops server pid $1: SIGTERM (the server shuts down in order), wait up to $2 seconds, then SIGKILL.
stop_server() {
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
