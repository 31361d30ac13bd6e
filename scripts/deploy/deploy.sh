#!/usr/bin/env bash
# make deploy: install or upgrade the chart into the current kubectl context (any cluster that can run $IMAGE),
# with k8s/values-local.yaml and any extra helm arguments (make deploy ARGS='-f my-values.yaml'), then wait.
# shellcheck source=scripts/deploy/common.sh
source "$(dirname "$0")/common.sh"
install_chart -f "$ROOT/k8s/values-local.yaml" "$@"
