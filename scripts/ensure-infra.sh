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

if ! listening "$mq_host" "$mq_port"; then
  echo "RabbitMQ is not answering on $mq_host:$mq_port; trying to start it" >&2
  if command -v rabbitmq-server >/dev/null 2>&1; then
    rabbitmq-server -detached >/dev/null 2>&1 || true
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
