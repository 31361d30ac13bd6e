#!/bin/sh
# Starts the MallBots service named by SERVICE: `exec node services/$SERVICE/src/main.ts "$@"`.
# Arguments pass through, so `migrate` applies the service's migrations and exits.
# exec: node replaces this shell, so the signals tini forwards (SIGTERM on `docker stop` or pod deletion) reach
# the service, which then shuts down gracefully.
set -eu
app=${MALLBOTS_APP_DIR:-/app}
services=$(ls "$app/services" 2>/dev/null | tr '\n' ' ')
if [ -z "${SERVICE:-}" ]; then
  echo "error: SERVICE is not set; set it to one of: $services" >&2
  exit 64
fi
main="$app/services/$SERVICE/src/main.ts"
if [ ! -f "$main" ]; then
  echo "error: SERVICE=$SERVICE is not a service of this image; one of: $services" >&2
  exit 64
fi
exec node "$main" "$@"
