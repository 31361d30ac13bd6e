#!/usr/bin/env bash
# make kind-down: delete the kind cluster $CLUSTER and everything in it (volumes included).
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
need kind "See https://kind.sigs.k8s.io/docs/user/quick-start/#installation"
if kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
  kind delete cluster --name "$CLUSTER"
else
  say "no kind cluster $CLUSTER"
fi
