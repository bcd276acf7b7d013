#!/usr/bin/env bash
# The docker-compose setup without Docker, on this machine: a PostgreSQL 15 primary and
# streaming replica (scripts/pg.sh), two portal jars on two ports, and Debian's nginx in front
# (deploy/nginx/portal.conf.template). Loopback only. Demo data on unless PORTAL_DEMO_DATA=false.
#
#   scripts/cluster.sh up        build the jar if missing, start everything, wait until ready
#   scripts/cluster.sh status    what runs, each instance's readiness
#   scripts/cluster.sh kill N    kill -9 instance N (1 or 2)
#   scripts/cluster.sh start N   start instance N again;   stop N: stop it gracefully
#   scripts/cluster.sh down      stop everything (the databases too: scripts/pg.sh down deletes them)
#
# READY_TIMEOUT: seconds an instance may take to become ready (240; a busy machine needs more).
# Ports: nginx $CLUSTER_PORT (18080), instances $PORTAL_1_PORT (18081) and $PORTAL_2_PORT (18082);
# PostgreSQL as scripts/pg.sh ($PG_ROOT, $PG_PRIMARY_PORT, $PG_REPLICA_PORT), e.g. for a second
# cluster beside another one on the same machine.
# Logs, pids and the rendered nginx configuration: target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=${CLUSTER_DIR:-$PWD/target/cluster}
JAR=${PORTAL_JAR:-$PWD/target/utility-portal.jar}
PROXY_PORT=${CLUSTER_PORT:-18080}
PORTS=("" "${PORTAL_1_PORT:-18081}" "${PORTAL_2_PORT:-18082}")
HEAP=${PORTAL_HEAP:-1g}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

log() { printf '%s %s\n' "$(date +%T)" "$*"; }

need_nginx() {
	if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
		log "installing Debian's nginx"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null
	fi
}

ready() { curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

wait_ready() {
	local port=$1 limit=${2:-${READY_TIMEOUT:-240}} waited=0
	until ready "$port"; do
		sleep 1
		waited=$((waited + 1))
		if [ "$waited" -ge "$limit" ]; then
			log "instance on port $port not ready after ${limit}s (see $RUN/portal-*.log)"
			return 1
		fi
	done
}

# The sandbox provider's secret, shared by both instances (a notification may reach the
# instance that did not make the order), kept for the run's life.
sandbox_secret() {
	mkdir -p "$RUN"
	if [ ! -s "$RUN/sandbox-secret" ]; then
		(umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$RUN/sandbox-secret")
	fi
	cat "$RUN/sandbox-secret"
}

start_instance() {
	local n=$1 port=${PORTS[$1]}
	mkdir -p "$RUN"
	if [ -f "$RUN/portal-$n.pid" ] && kill -0 "$(cat "$RUN/portal-$n.pid")" 2>/dev/null; then
		log "instance $n already runs"
		return
	fi
	PORT=$port PORTAL_INSTANCE=portal$n PORTAL_EMBEDDED_DB=false \
		DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:${PG_PRIMARY_PORT:-5441}/portal} DB_USER=${DB_USER:-portal} DB_PASSWORD=${DB_PASSWORD:-portal} \
		REPLICA_DB_URL=${REPLICA_DB_URL-jdbc:postgresql://127.0.0.1:${PG_REPLICA_PORT:-5442}/portal} \
		PORTAL_DEMO_DATA=${PORTAL_DEMO_DATA:-true} FORWARD_HEADERS_STRATEGY=native \
		PORTAL_PAYMENTS_SANDBOX_SECRET=$(sandbox_secret) \
		nohup "$JAVA_HOME/bin/java" -Xmx"$HEAP" -XX:+UseG1GC ${PORTAL_JAVA_OPTS:-} -jar "$RUN/utility-portal.jar" \
		>>"$RUN/portal-$n.log" 2>&1 &
	echo $! >"$RUN/portal-$n.pid"
	log "instance $n started (pid $!, port $port)"
}

stop_instance() {
	local n=$1 signal=${2:-TERM}
	if [ -f "$RUN/portal-$n.pid" ]; then
		local pid
		pid=$(cat "$RUN/portal-$n.pid")
		kill -"$signal" "$pid" 2>/dev/null || true
		for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
		rm -f "$RUN/portal-$n.pid"
		log "instance $n stopped ($signal)"
	fi
}

start_nginx() {
	need_nginx
	mkdir -p "$RUN/nginx"
	PORTAL_1=127.0.0.1:${PORTS[1]} PORTAL_2=127.0.0.1:${PORTS[2]} LISTEN=127.0.0.1:$PROXY_PORT \
		ACCESS_LOG=$RUN/nginx/access.log PROXY_PARAMS=$PWD/deploy/nginx/proxy_params.conf \
		envsubst '${PORTAL_1} ${PORTAL_2} ${LISTEN} ${ACCESS_LOG} ${PROXY_PARAMS}' \
		<deploy/nginx/portal.conf.template >"$RUN/nginx/portal.conf"
	cat >"$RUN/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $RUN/nginx/body;
    proxy_temp_path $RUN/nginx/proxy;
    include $RUN/nginx/portal.conf;
}
CONF
	if [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then
		nginx -c "$RUN/nginx/nginx.conf" -s reload
	else
		nginx -c "$RUN/nginx/nginx.conf"
	fi
	log "nginx on http://127.0.0.1:$PROXY_PORT"
}

case "${1:-}" in
	up)
		[ -f "$JAR" ] || ./mvnw -B -ntp -q -DskipTests package
		# The instances run a copy, so a rebuild does not pull the jar from under them (and
		# running "up" again after a slow start leaves the running copy alone).
		mkdir -p "$RUN" && { cmp -s "$JAR" "$RUN/utility-portal.jar" || cp "$JAR" "$RUN/utility-portal.jar"; }
		if [ -z "${DB_URL:-}" ]; then
			if [ -n "${REPLICA_DB_URL-x}" ]; then scripts/pg.sh up; else scripts/pg.sh primary-only; fi
		fi
		# The first instance migrates the schema and loads the demo data, then the second joins.
		start_instance 1
		wait_ready "${PORTS[1]}"
		start_instance 2
		wait_ready "${PORTS[2]}"
		start_nginx
		;;
	status)
		for n in 1 2; do
			if ready "${PORTS[$n]}"; then echo "instance $n (port ${PORTS[$n]}): ready"; else echo "instance $n (port ${PORTS[$n]}): not ready"; fi
		done
		curl -fsS -m 2 -o /dev/null -w "nginx (port $PROXY_PORT): %{http_code}\n" "http://127.0.0.1:$PROXY_PORT/actuator/health" || echo "nginx: down"
		;;
	kill) stop_instance "$2" KILL ;;
	stop) stop_instance "$2" TERM ;;
	start)
		start_instance "$2"
		wait_ready "${PORTS[$2]}"
		;;
	down)
		[ -f "$RUN/nginx/nginx.pid" ] && nginx -c "$RUN/nginx/nginx.conf" -s quit 2>/dev/null || true
		stop_instance 1
		stop_instance 2
		[ -z "${DB_URL:-}" ] && scripts/pg.sh stop-replica 2>/dev/null; true
		[ -z "${DB_URL:-}" ] && scripts/pg.sh stop-primary 2>/dev/null; true
		;;
	*)
		sed -n '2,16p' "$0"
		exit 2
		;;
esac
