#!/usr/bin/env bash
# Renders the chart into the plain manifests of k8s/manifests/mallbots.yaml (for kubectl-only users), with the
# values of k8s/manifests/values.yaml. `--stdout` prints instead of writing; test/deploy checks the file is current.
# Usage: scripts/deploy/render-manifests.sh [--stdout]
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
helm=$(tool helm)
out="$ROOT/k8s/manifests/mallbots.yaml"
render() {
  echo '# Generated from charts/mallbots by "make k8s-manifests" (scripts/deploy/render-manifests.sh) with'
  echo '# k8s/manifests/values.yaml: do not edit; change the chart or the values and regenerate.'
  echo '# Apply with: kubectl apply -n mallbots -f k8s/manifests/mallbots.yaml (see k8s/README.md).'
  "$helm" template mallbots "$CHART" --namespace mallbots --kube-version "$KUBE_VERSION" \
    -f "$ROOT/k8s/manifests/values.yaml"
}
if [ "${1:-}" = --stdout ]; then
  render
else
  render >"$out.tmp" && mv "$out.tmp" "$out"
  say "wrote ${out#"$ROOT"/}"
fi
