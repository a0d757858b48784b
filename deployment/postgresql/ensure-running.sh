#!/usr/bin/env bash
# Makes sure the local PostgreSQL the integration tests use answers on 127.0.0.1:5432,
# starting the Debian cluster if it is down. The tests create and drop their own database.
set -euo pipefail
host=${PGHOST_TEST:-127.0.0.1}
port=${PGPORT_TEST:-5432}

if pg_isready -q -h "$host" -p "$port" 2>/dev/null; then
  exit 0
fi
if command -v pg_lsclusters >/dev/null 2>&1; then
  version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
  echo "PostgreSQL is down; starting cluster $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h "$host" -p "$port" && exit 0
  sleep 1
done
echo "PostgreSQL does not answer on $host:$port (see deployment/postgresql/README.md)" >&2
exit 1
