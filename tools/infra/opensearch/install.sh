#!/usr/bin/env bash
# Assembles a bare OpenSearch server with the k-NN plugin and the lang-painless and
# analysis-common modules from Maven Central, once, into a cache dir. See --help.
set -euo pipefail

# shellcheck source=./_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/_common.sh"

usage() {
  cat <<EOF
Usage: tools/infra/opensearch/install.sh [--force] [--help]

Assembles OpenSearch ${OS_VERSION} (integ-test zip: no JDK, no security plugin) plus the k-NN
plugin and the lang-painless and analysis-common modules, all from Maven Central (pom.xml next
to this script), into
  ${OS_HOME}
Skips the work when that dir was already assembled from the same pom.xml and install.sh.
~/.m2 is kept, so a re-assembly needs no network. The last line on stdout is
  OPENSEARCH_HOME=<dir>

  --force   assemble again even when the dir is up to date

Environment: SAGEWIRE_OPENSEARCH_HOME (the dir above). Needs mvn (first time only) and unzip.
EOF
}

force=false
for arg in "$@"; do
  case "${arg}" in
    -h | --help) usage; exit 0 ;;
    --force) force=true ;;
    *) usage >&2; die "unknown argument: ${arg}" ;;
  esac
done

case "${OS_HOME}" in
  /root | /root/*) die "SAGEWIRE_OPENSEARCH_HOME=${OS_HOME} is under /root, which the OpenSearch user cannot read" ;;
esac

STAMP_FILE="${OS_HOME}/.sagewire-assembled"
STAMP="$(cat "${OS_POM}" "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)"

up_to_date() {
  [[ -x "${OS_HOME}/bin/opensearch" && -f "${STAMP_FILE}" && "$(cat "${STAMP_FILE}")" == "${STAMP}" ]]
}

if [[ "${force}" == false ]] && up_to_date; then
  log "already assembled in ${OS_HOME}"
  printf 'OPENSEARCH_HOME=%s\n' "${OS_HOME}"
  exit 0
fi

umask 022
mkdir -p "$(dirname "${OS_HOME}")"
# Serialise concurrent installs; the second one finds the work done.
if command -v flock >/dev/null; then
  exec 8>"${OS_HOME}.lock"
  flock -w 900 8 || die "timed out waiting for ${OS_HOME}.lock"
  if [[ "${force}" == false ]] && up_to_date; then
    log "already assembled in ${OS_HOME} (by a concurrent run)"
    printf 'OPENSEARCH_HOME=%s\n' "${OS_HOME}"
    exit 0
  fi
fi

if pid="$(find_node_pid)"; then
  die "our node (pid ${pid}) runs from ${OS_HOME}; run stop.sh before re-assembling"
fi

command -v mvn >/dev/null || die "mvn not found (needed to fetch OpenSearch from Maven Central)"
command -v unzip >/dev/null || die "unzip not found (needed to read the module jars)"

t0="$(now_ms)"
WORK="${OS_HOME}.tmp.$$"
trap 'rm -rf "${WORK}"' EXIT
rm -rf "${WORK}"
mkdir -p "${WORK}"
log "assembling OpenSearch ${OS_VERSION} into ${OS_HOME} (Maven Central; ~70 MB the first time) ..."
# -B and a redirect: Maven output must never reach our stdout.
if ! mvn -q -B -f "${OS_POM}" \
  dependency:unpack@server dependency:unpack@knn dependency:copy@lang-painless dependency:copy@analysis-common \
  -Dassembly.dir="${WORK}" >&2; then
  die "mvn failed to fetch OpenSearch (see above)"
fi
SERVER="${WORK}/opensearch-${OS_VERSION}"
[[ -x "${SERVER}/bin/opensearch" ]] || die "the server zip did not unpack to ${SERVER}"

# Jar hell: a jar that is both in lib/ and in a module or plugin dir stops the node at boot.
# Compare artifact names without versions, so a version bump cannot sneak a duplicate in.
jar_names() { find "$1" -maxdepth 1 -name '*.jar' -printf '%f\n' | sed -E 's/-[0-9][0-9A-Za-z.+_-]*\.jar$//' | sort -u; }
lib_jars="$(jar_names "${SERVER}/lib")"
for dir in "${SERVER}"/modules/* "${SERVER}"/plugins/*; do
  dups="$(comm -12 <(printf '%s\n' "${lib_jars}") <(jar_names "${dir}"))"
  [[ -z "${dups}" ]] || die "jars in both lib/ and ${dir#"${SERVER}/"}: ${dups//$'\n'/ } (remove them from pom.xml)"
done

# A module dir needs plugin-descriptor.properties. The published module jars carry none
# (the Gradle build writes it into the distribution), so take it from the jar when a future
# version has it, else write what the module's build.gradle declares.
write_descriptor() {
  local dir="$1" jar="$2" name="$3" description="$4" classname="$5" extended="$6" entries
  # Listed into a variable first: `unzip | grep -q` fails under pipefail when grep exits early.
  entries="$(unzip -Z1 "${jar}")" || die "cannot read ${jar}"
  if grep -qx 'plugin-descriptor.properties' <<<"${entries}"; then
    unzip -p "${jar}" plugin-descriptor.properties >"${dir}/plugin-descriptor.properties"
    return 0
  fi
  grep -qxF "${classname//.//}.class" <<<"${entries}" || die "${jar##*/} has no class ${classname}"
  cat >"${dir}/plugin-descriptor.properties" <<EOF
# Written by tools/infra/opensearch/install.sh (the published module jar has no descriptor).
description=${description}
version=${OS_VERSION}
name=${name}
classname=${classname}
java.version=11
opensearch.version=${OS_VERSION}
custom.foldername=
extended.plugins=${extended}
has.native.controller=false
EOF
}

MOD="${SERVER}/modules"
write_descriptor "${MOD}/lang-painless" "${MOD}/lang-painless/lang-painless-${OS_VERSION}.jar" \
  lang-painless 'An easy, safe and fast scripting language for OpenSearch' \
  org.opensearch.painless.PainlessPlugin ''
# As in the module's plugin-metadata: Painless compiles scripts into classes at runtime.
cat >"${MOD}/lang-painless/plugin-security.policy" <<'EOF'
grant {
  // needed to generate runtime classes
  permission java.lang.RuntimePermission "createClassLoader";

  // needed to find the classloader to load allowlisted classes from
  permission java.lang.RuntimePermission "getClassLoader";
};
EOF
# analysis-common extends lang-painless (it ships a Painless extension for analysis scripts)
# and needs no extra permissions, so no policy file.
write_descriptor "${MOD}/analysis-common" "${MOD}/analysis-common/analysis-common-${OS_VERSION}.jar" \
  analysis-common 'Adds "built in" analyzers to OpenSearch.' \
  org.opensearch.analysis.common.CommonAnalysisPlugin lang-painless

[[ -f "${SERVER}/plugins/opensearch-knn/plugin-descriptor.properties" ]] || die "the k-NN zip has no plugin descriptor"
grep -qx "opensearch.version=${OS_VERSION}" "${SERVER}/plugins/opensearch-knn/plugin-descriptor.properties" ||
  die "the k-NN plugin in pom.xml was not built for OpenSearch ${OS_VERSION}"

# The node writes config, logs and data under start.sh's state dir, never here.
rm -rf "${SERVER}/logs"
chmod -R a+rX "${SERVER}"
printf '%s\n' "${STAMP}" >"${SERVER}/.sagewire-assembled"

rm -rf "${OS_HOME}"
mv "${SERVER}" "${OS_HOME}"
log "assembled in $(($(now_ms) - t0)) ms: ${OS_HOME} ($(du -sh "${OS_HOME}" | cut -f1))"
printf 'OPENSEARCH_HOME=%s\n' "${OS_HOME}"
