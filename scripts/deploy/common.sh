# Shared by the scripts in scripts/deploy (sourced, not run). Every name can be overridden from the environment.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER=${CLUSTER:-mallbots}          # kind cluster / minikube profile
NAMESPACE=${NAMESPACE:-mallbots}
RELEASE=${RELEASE:-mallbots}
IMAGE=${IMAGE:-mallbots:dev}          # built from docker/Dockerfile and loaded into the cluster (never pulled)
KUBE_VERSION=${KUBE_VERSION:-1.31.0}  # what offline renders (helm template) assume; a real install asks the cluster
CHART="$ROOT/charts/mallbots"
cd "$ROOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# need TOOL HINT: fail early, before changing anything, when a tool is missing.
need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed. $2"
}

# The pinned Go dev tools (helm, grpcurl) from .tools/bin, else from PATH, else built (needs Go).
tool() {
  local name=$1
  if [ -x "$ROOT/.tools/bin/$name" ]; then echo "$ROOT/.tools/bin/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  say "building $name into .tools/bin (needs Go; once)"
  bash "$ROOT/scripts/install-tools.sh" "$name" >&2 || die "could not build $name; install it or Go >= 1.24"
  echo "$ROOT/.tools/bin/$name"
}

# The image's repository and tag as chart values.
image_values() {
  echo --set "image.repository=${IMAGE%:*}" --set "image.tag=${IMAGE##*:}" --set image.pullPolicy=IfNotPresent
}

# helm upgrade --install into the current kubectl context, then wait until every Deployment and StatefulSet of the
# release is ready. Extra arguments go to helm (e.g. -f my-values.yaml).
install_chart() {
  local helm
  helm=$(tool helm)
  need kubectl "See https://kubernetes.io/docs/tasks/tools/"
  say "installing release $RELEASE into namespace $NAMESPACE (context $(kubectl config current-context))"
  # shellcheck disable=SC2046
  "$helm" upgrade --install "$RELEASE" "$CHART" --namespace "$NAMESPACE" --create-namespace \
    $(image_values) --wait --timeout 15m "$@"
  say "waiting for every pod of the release to be ready"
  kubectl -n "$NAMESPACE" rollout status statefulset -l "app.kubernetes.io/instance=$RELEASE" --timeout=10m
  kubectl -n "$NAMESPACE" rollout status deployment -l "app.kubernetes.io/instance=$RELEASE" --timeout=10m
  kubectl -n "$NAMESPACE" get pods -l "app.kubernetes.io/instance=$RELEASE"
}
