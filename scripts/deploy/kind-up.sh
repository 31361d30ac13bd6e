#!/usr/bin/env bash
# make kind-up: a kind cluster with MallBots in it, ready to use.
#   1. create the kind cluster $CLUSTER from k8s/kind-cluster.yaml, unless it exists;
#   2. build the image $IMAGE with Docker (docker/Dockerfile) and load it into the cluster's node;
#   3. install (or upgrade) the chart with k8s/values-local.yaml and wait until every pod is ready.
# Running it again upgrades in place: a rebuilt image rolls the services.
# Needs: docker, kind (>= 0.24), kubectl; helm from .tools/bin or PATH (built with Go if neither).
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
need docker "Install Docker (or Docker Desktop) and start it."
need kind "See https://kind.sigs.k8s.io/docs/user/quick-start/#installation"
need kubectl "See https://kubernetes.io/docs/tasks/tools/"
docker info >/dev/null 2>&1 || die "Docker is installed but not running (docker info failed)."
tool helm >/dev/null

if kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
  say "kind cluster $CLUSTER exists"
else
  say "creating kind cluster $CLUSTER"
  kind create cluster --name "$CLUSTER" --config "$ROOT/k8s/kind-cluster.yaml" --wait 5m
fi
kubectl config use-context "kind-$CLUSTER" >/dev/null

say "building $IMAGE"
docker build -f "$ROOT/docker/Dockerfile" -t "$IMAGE" "$ROOT"
# The tag stays the same between builds; a digest annotation makes the rollout pick up a rebuilt image.
digest=$(docker image inspect --format '{{.Id}}' "$IMAGE")
say "loading $IMAGE into the cluster"
kind load docker-image "$IMAGE" --name "$CLUSTER"

install_chart -f "$ROOT/k8s/values-local.yaml" --set-string "common.podAnnotations.mallbots/image-id=$digest"
say "MallBots runs in kind cluster $CLUSTER. Next: make port-forward (one terminal), then make demo (another)."
