#!/usr/bin/env bash
# Starts Quartiersnetz on Payara Micro. Used by `./mvnw -Prun package` and by operators.
#   usage: start.sh PAYARA_MICRO_JAR WAR [extra Payara Micro options...]
# Configuration (environment variables, all optional):
#   QN_HTTP_PORT          HTTP port (8080)
#   QN_BIND_ADDRESS       address to listen on (127.0.0.1; 0.0.0.0 behind a load balancer)
#   QN_DATA_DIR           data folder of the embedded H2 database (./data)
#   QN_DB_URL             JDBC URL (jdbc:h2:file:$QN_DATA_DIR/quartiersnetz;...); PostgreSQL:
#                         jdbc:postgresql://host:5432/quartiersnetz
#   QN_DB_USER, QN_DB_PASSWORD   database credentials
#   QN_DB_DATASOURCE      JDBC DataSource class (derived from QN_DB_URL when unset)
#   QN_JAVA_OPTS          JVM options (-Xmx512m)
#   QN_SERVER_LIBS        jars for the server's class path, passed with --addLibs: a folder (all its
#                         jars) or a colon-separated list of folders and jars (default: the folder
#                         server-libs next to the WAR, which the build fills: OR-Tools and what it needs,
#                         loaded once per JVM rather than per deployment, so they are not in the WAR)
#   QN_CLUSTER            "off" (default: --nocluster) or a Payara Micro --clustermode value,
#                         e.g. tcpip:10.0.0.5:6900,10.0.0.6:6900 (see deployment/cluster/README.md)
#   QN_CLUSTER_INTERFACE  the one address the data grid binds to (127.0.0.1); Payara starts the data
#                         grid also with --nocluster
#   QN_PUBLIC_URL, QN_MAIL_*, QN_LOGIN_*, QN_TOKEN_*   read by the application itself (MicroProfile
#                         Config): links in mails, SMTP server, lockout, link validity; see README.md
set -euo pipefail

micro_jar=${1:?payara-micro.jar expected}
war=${2:?WAR expected}
shift 2

export QN_DATA_DIR=${QN_DATA_DIR:-./data}
mkdir -p "$QN_DATA_DIR"
export QN_DB_URL=${QN_DB_URL:-jdbc:h2:file:$(cd "$QN_DATA_DIR" && pwd)/quartiersnetz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}
if [[ -z "${QN_DB_DATASOURCE:-}" ]]; then
  case "$QN_DB_URL" in
    jdbc:postgresql:*) export QN_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource ;;
    *) export QN_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource ;;
  esac
fi

cluster_opts=(--nocluster)
if [[ "${QN_CLUSTER:-off}" != "off" ]]; then
  cluster_opts=(--clustermode "$QN_CLUSTER" --interfaces "${QN_CLUSTER_INTERFACE:-127.0.0.1}")
fi

server_libs=${QN_SERVER_LIBS:-$(dirname "$war")/server-libs}
IFS=: read -ra server_lib_paths <<< "$server_libs"
for lib in "${server_lib_paths[@]}"; do
  if [[ ! -e "$lib" ]]; then
    echo "start.sh: $lib not found (QN_SERVER_LIBS); the build puts the server's jars into target/server-libs" >&2
    exit 1
  fi
done

bind=${QN_BIND_ADDRESS:-127.0.0.1}
echo "Quartiersnetz: http://${bind}:${QN_HTTP_PORT:-8080}/  database: ${QN_DB_URL%%;*}"
# shellcheck disable=SC2086
exec java ${QN_JAVA_OPTS:--Xmx512m} -Dqn.bind.address="$bind" \
  -Dqn.cluster.interface="${QN_CLUSTER_INTERFACE:-127.0.0.1}" -Dhazelcast.socket.bind.any=false -jar "$micro_jar" \
  --deploy "$war" --contextroot / \
  --port "${QN_HTTP_PORT:-8080}" \
  --prebootcommandfile "$(dirname "$0")/preboot-commands.asadmin" \
  --addLibs "$server_libs" \
  "${cluster_opts[@]}" "$@"
