#!/usr/bin/env bash
# A PostgreSQL primary and a streaming replica on this machine, with Debian's PostgreSQL 15,
# for the multi-instance scripts, the replica benchmark and the fault tests. Never touches the
# system cluster: own data directories (under $PG_ROOT), own ports, loopback only.
#
#   scripts/pg.sh up            primary on $PG_PRIMARY_PORT (5441), replica on $PG_REPLICA_PORT (5442),
#                               database "portal", user "portal" (password "portal")
#   scripts/pg.sh primary-only  the primary alone
#   scripts/pg.sh status        which servers run, the replica's lag
#   scripts/pg.sh pause-replay | resume-replay   freeze / thaw the replica (it then lags)
#   scripts/pg.sh stop-replica | start-replica | restart-primary | stop-primary | start-primary
#   scripts/pg.sh down          stop both and delete their data
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_ROOT=${PG_ROOT:-/tmp/portal-pg}
PRIMARY_PORT=${PG_PRIMARY_PORT:-5441}
REPLICA_PORT=${PG_REPLICA_PORT:-5442}
PRIMARY=$PG_ROOT/primary
REPLICA=$PG_ROOT/replica
DB=${PG_DATABASE:-portal}

# PostgreSQL refuses to run as root: every server command runs as the postgres user.
as_pg() {
	if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
psql_on() { local port=$1; shift; as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d "${PSQL_DB:-postgres}" -Atq "$@"; }
ctl() { as_pg "$PG_BIN/pg_ctl" -D "$1" -l "$1/server.log" -w -t 60 "${@:2}"; }

init_primary() {
	mkdir -p "$PG_ROOT" && chown postgres "$PG_ROOT"
	as_pg "$PG_BIN/initdb" -D "$PRIMARY" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
	cat >>"$PRIMARY/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$PG_ROOT'
wal_level = replica
max_wal_senders = 5
wal_keep_size = 512MB
hot_standby = on
hot_standby_feedback = on
shared_buffers = ${PG_SHARED_BUFFERS:-512MB}
max_connections = 200
synchronous_commit = on
CONF
	cat >"$PRIMARY/pg_hba.conf" <<CONF
local all all trust
host all postgres 127.0.0.1/32 trust
host replication replicator 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
CONF
	ctl "$PRIMARY" start >/dev/null
	psql_on "$PRIMARY_PORT" -c "create user portal password 'portal' createdb" \
		-c "create user replicator replication" \
		-c "create database $DB owner portal encoding 'UTF8' template template0"
}

init_replica() {
	as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U replicator -D "$REPLICA" -R -X stream -c fast
	sed -i "s/^port = .*/port = $REPLICA_PORT/" "$REPLICA/postgresql.conf"
	ctl "$REPLICA" start >/dev/null
}

status() {
	for dir in "$PRIMARY" "$REPLICA"; do
		if [ -d "$dir" ] && as_pg "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
			echo "$(basename "$dir"): running"
		else
			echo "$(basename "$dir"): stopped"
		fi
	done
	psql_on "$PRIMARY_PORT" -c "select 'replication: ' || application_name || ' ' || state || ', replay lag ' || coalesce(replay_lag::text, '0') from pg_stat_replication" 2>/dev/null || true
}

case "${1:-}" in
	up)
		[ -d "$PRIMARY" ] || init_primary
		as_pg "$PG_BIN/pg_ctl" -D "$PRIMARY" status >/dev/null 2>&1 || ctl "$PRIMARY" start >/dev/null
		[ -d "$REPLICA" ] || init_replica
		as_pg "$PG_BIN/pg_ctl" -D "$REPLICA" status >/dev/null 2>&1 || ctl "$REPLICA" start >/dev/null
		echo "primary  jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB  (portal/portal)"
		echo "replica  jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB  (portal/portal)"
		;;
	primary-only)
		[ -d "$PRIMARY" ] || init_primary
		as_pg "$PG_BIN/pg_ctl" -D "$PRIMARY" status >/dev/null 2>&1 || ctl "$PRIMARY" start >/dev/null
		echo "primary  jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB  (portal/portal)"
		;;
	status) status ;;
	pause-replay) psql_on "$REPLICA_PORT" -c "select pg_wal_replay_pause()" >/dev/null ;;
	resume-replay) psql_on "$REPLICA_PORT" -c "select pg_wal_replay_resume()" >/dev/null ;;
	stop-replica) ctl "$REPLICA" stop -m fast >/dev/null ;;
	start-replica) ctl "$REPLICA" start >/dev/null ;;
	stop-primary) ctl "$PRIMARY" stop -m fast >/dev/null ;;
	start-primary) ctl "$PRIMARY" start >/dev/null ;;
	restart-primary) ctl "$PRIMARY" restart -m fast >/dev/null ;;
	down)
		for dir in "$REPLICA" "$PRIMARY"; do
			[ -d "$dir" ] && as_pg "$PG_BIN/pg_ctl" -D "$dir" stop -m fast >/dev/null 2>&1 || true
		done
		rm -rf "$PG_ROOT"
		;;
	*)
		sed -n '2,14p' "$0"
		exit 2
		;;
esac
