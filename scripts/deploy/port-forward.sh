#!/usr/bin/env bash
# make port-forward: the services on the local ports of ARCHITECTURE.md §8 (gRPC 9001-9009), plus Jaeger's UI on
# 16686 and RabbitMQ's on 15672, until Ctrl-C. A forward that drops (its pod restarted) is started again.
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
need kubectl "See https://kubernetes.io/docs/tasks/tools/"
fullname=$RELEASE
[[ $RELEASE == *mallbots* ]] || fullname="$RELEASE-mallbots"
forwards=(stores:9001:9000 customers:9002:9000 baskets:9003:9000 ordering:9004:9000 depot:9005:9000
  payments:9006:9000 notifications:9007:9000 search:9008:9000 cosec:9009:9000 jaeger:16686:16686 rabbitmq:15672:15672)

# keep_forwarding SERVICE LOCAL REMOTE: kubectl port-forward exits when its pod goes away; start it again.
keep_forwarding() {
  local child=
  trap '[ -n "$child" ] && kill "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    kubectl -n "$NAMESPACE" port-forward "service/$fullname-$1" "$2:$3" >/dev/null 2>&1 &
    child=$!
    wait "$child" || true
    sleep 1
  done
}

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
trap 'exit 0' INT TERM
for f in "${forwards[@]}"; do
  IFS=: read -r svc local remote <<<"$f"
  kubectl -n "$NAMESPACE" get service "$fullname-$svc" >/dev/null 2>&1 || continue
  keep_forwarding "$svc" "$local" "$remote" &
  pids+=($!)
  printf '  %-14s localhost:%s\n' "$svc" "$local" >&2
done
[ ${#pids[@]} -gt 0 ] || die "no MallBots services in namespace $NAMESPACE (make kind-up, make minikube-up or make deploy first)"
say "forwarding (Ctrl-C stops); Jaeger UI: http://localhost:16686, RabbitMQ UI: http://localhost:15672"
wait
