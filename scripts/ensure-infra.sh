#!/usr/bin/env bash
# Makes sure PostgreSQL and RabbitMQ answer on the addresses in DATABASE_URL / RABBITMQ_URL (defaults:
# 127.0.0.1:5432 and 127.0.0.1:5672). If one does not, it tries, in order: a local installation
# (pg_ctlcluster / rabbitmq-server), then `docker compose` with docker/compose.yaml. Otherwise it says
# exactly what is missing and exits 1.
set -uo pipefail

pg_host=${PGHOST_CHECK:-127.0.0.1}
pg_port=5432
mq_host=127.0.0.1
mq_port=5672
if [ -n "${DATABASE_URL:-}" ]; then
  hp=$(printf '%s' "$DATABASE_URL" | sed -E 's#^[a-z]+://([^@/]*@)?([^/:?]+)(:([0-9]+))?.*#\2 \4#')
  pg_host=${hp%% *}; p=${hp##* }; [ -n "$p" ] && [ "$p" != "$pg_host" ] && pg_port=$p
fi
if [ -n "${RABBITMQ_URL:-}" ]; then
  hp=$(printf '%s' "$RABBITMQ_URL" | sed -E 's#^[a-z]+://([^@/]*@)?([^/:?]+)(:([0-9]+))?.*#\2 \4#')
  mq_host=${hp%% *}; p=${hp##* }; [ -n "$p" ] && [ "$p" != "$mq_host" ] && mq_port=$p
fi

listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for() { # name host port seconds
  local i
  for ((i = 0; i < $4 * 2; i++)); do
    listening "$2" "$3" && return 0
    sleep 0.5
  done
  return 1
}

compose() {
  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    docker compose -f "$(dirname "$0")/../docker/compose.yaml" up -d "$@" >/dev/null && return 0
  fi
  return 1
}

ok=0
if ! listening "$pg_host" "$pg_port"; then
  echo "PostgreSQL is not answering on $pg_host:$pg_port; trying to start it" >&2
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    for v in $(ls /etc/postgresql); do pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1 || true; done
  else
    compose postgres || true
  fi
  if ! wait_for PostgreSQL "$pg_host" "$pg_port" 30; then
    echo "error: PostgreSQL is not reachable on $pg_host:$pg_port. Install and start PostgreSQL (>= 14, trust or password auth matching DATABASE_URL), or run Docker so that 'docker compose -f docker/compose.yaml up -d postgres' works." >&2
    ok=1
  fi
fi

# RabbitMQ needs many file descriptors: every quorum queue holds several, and when its file handle cache is
# exhausted it stops accepting connections without an error (they hang in the handshake). Debian's start script
# goes through `su`, which resets the limit to 1024; as root we start it as the rabbitmq user without PAM, with
# the hard limit as the soft one.
start_rabbitmq() {
  if [ "$(id -u)" = 0 ] && id rabbitmq >/dev/null 2>&1 && [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] && command -v setpriv >/dev/null 2>&1; then
    (cd /var/lib/rabbitmq && ulimit -n "$(ulimit -Hn)" && setpriv --reuid="$(id -u rabbitmq)" --regid="$(id -g rabbitmq)" --init-groups \
      env HOME=/var/lib/rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server -detached) >/dev/null 2>&1 || true
  else
    rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
}

rabbit_fd_limit() {
  local pid
  pid=$(pgrep -u rabbitmq -f 'beam.smp.*rabbit' 2>/dev/null | head -n 1)
  [ -n "$pid" ] && awk '/Max open files/{print $4}' "/proc/$pid/limits" 2>/dev/null
}

if listening "$mq_host" "$mq_port" && [ "$(id -u)" = 0 ] && command -v rabbitmqctl >/dev/null 2>&1; then
  limit=$(rabbit_fd_limit)
  if [ -n "$limit" ] && [ "$limit" -lt 10000 ] && [ "$(ulimit -Hn)" != "$limit" ]; then
    echo "RabbitMQ runs with a file descriptor limit of $limit (too low for quorum queues); restarting it with $(ulimit -Hn)" >&2
    timeout 60 rabbitmqctl stop >/dev/null 2>&1 || pkill -9 -u rabbitmq -f beam.smp || true
    for _ in $(seq 1 30); do listening "$mq_host" "$mq_port" || break; sleep 1; done
    start_rabbitmq
    wait_for RabbitMQ "$mq_host" "$mq_port" 60 || true
  fi
fi

if ! listening "$mq_host" "$mq_port"; then
  echo "RabbitMQ is not answering on $mq_host:$mq_port; trying to start it" >&2
  if command -v rabbitmq-server >/dev/null 2>&1; then
    start_rabbitmq
  else
    compose rabbitmq || true
  fi
  if ! wait_for RabbitMQ "$mq_host" "$mq_port" 60; then
    echo "error: RabbitMQ is not reachable on $mq_host:$mq_port. Install and start RabbitMQ (>= 3.10, for quorum queues), or run Docker so that 'docker compose -f docker/compose.yaml up -d rabbitmq' works." >&2
    ok=1
  fi
fi
# The AMQP port opens a moment before the broker accepts connections; give it a few seconds.
if [ $ok -eq 0 ] && command -v rabbitmq-diagnostics >/dev/null 2>&1; then
  for _ in $(seq 1 30); do rabbitmq-diagnostics -q check_running >/dev/null 2>&1 && break; sleep 1; done
fi
exit $ok
