#!/usr/bin/env bash
# make minikube-up: a minikube cluster (profile $CLUSTER) with MallBots in it, ready to use.
#   1. start the profile unless it runs (4 CPUs, 8 GiB; MINIKUBE_START_ARGS adds flags, e.g. --cni=calico so that
#      NetworkPolicies are enforced, or --driver=podman);
#   2. build the image inside minikube (`minikube image build`: works with every driver and container runtime);
#   3. install (or upgrade) the chart with k8s/values-local.yaml and wait until every pod is ready.
# Needs: minikube, kubectl; helm from .tools/bin or PATH (built with Go if neither).
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
need minikube "See https://minikube.sigs.k8s.io/docs/start/"
need kubectl "See https://kubernetes.io/docs/tasks/tools/"
tool helm >/dev/null

if minikube -p "$CLUSTER" status --format '{{.APIServer}}' 2>/dev/null | grep -qx Running; then
  say "minikube profile $CLUSTER runs"
else
  say "starting minikube profile $CLUSTER"
  # shellcheck disable=SC2086
  minikube start -p "$CLUSTER" --cpus 4 --memory 8g --wait all ${MINIKUBE_START_ARGS:-}
fi
kubectl config use-context "$CLUSTER" >/dev/null

say "building $IMAGE inside minikube"
minikube -p "$CLUSTER" image build -t "$IMAGE" -f docker/Dockerfile .

# The tag stays the same between builds: a build-time annotation rolls the services onto the new image.
install_chart -f "$ROOT/k8s/values-local.yaml" --set-string "common.podAnnotations.mallbots/image-built=$(date -u +%Y%m%dT%H%M%SZ)"
say "MallBots runs in minikube profile $CLUSTER. Next: make port-forward (one terminal), then make demo (another)."
