#!/usr/bin/env bash
# Makes sure a PostgreSQL server listens on 127.0.0.1 with a role and database for the tests, installing
# it from Debian's packages if missing. Idempotent and quick when it already runs. Prints the connection
# string (the tests read it from REGISTRY_ETL_TEST_POSTGRES; the Makefile exports it).
set -euo pipefail

ROLE=registry_etl
PASSWORD=registry_etl
DATABASE=registry_etl_test
PORT=5432

log() { echo "ensure-postgres: $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql (apt-get)"
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  log "creating cluster $VERSION/main"
  as_root pg_createcluster "$VERSION" main >&2
fi

if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  log "starting cluster $VERSION/main on 127.0.0.1:$PORT"
  as_root pg_ctlcluster "$VERSION" main start -o "-c listen_addresses=127.0.0.1" >&2
fi

for _ in $(seq 1 50); do
  if as_root su postgres -c "psql -q -p $PORT -tAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

psql_admin() { as_root su postgres -c "psql -q -v ON_ERROR_STOP=1 -p $PORT -tAc \"$1\""; }

if [ "$(psql_admin "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
  log "creating role $ROLE"
  psql_admin "create role $ROLE login createdb password '$PASSWORD'"
fi
# the tests drop their databases "with (force)", which terminates the connections still on them; a connection
# still starting up has no role yet, and only pg_signal_backend may terminate it (seen once in CI: 42501)
psql_admin "grant pg_signal_backend to $ROLE" >/dev/null
if [ "$(psql_admin "select 1 from pg_database where datname = '$DATABASE'")" != 1 ]; then
  log "creating database $DATABASE"
  psql_admin "create database $DATABASE owner $ROLE"
fi

echo "Host=127.0.0.1;Port=$PORT;Username=$ROLE;Password=$PASSWORD;Database=$DATABASE"
