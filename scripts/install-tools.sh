#!/usr/bin/env bash
# Builds the Go dev tools pinned in tools/go.mod (grpcurl; later jaeger, helm, ghz) into .tools/bin.
# Needs Go >= 1.24 and the Go module proxy. Usage: scripts/install-tools.sh [tool ...] (default: all).
set -euo pipefail
cd "$(dirname "$0")/../tools"
mkdir -p ../.tools/bin
bin=$(cd ../.tools/bin && pwd)
if ! command -v go >/dev/null 2>&1; then
  echo "error: Go is not installed; get it from your package manager (Go >= 1.24) to build the dev tools" >&2
  exit 1
fi
want=("$@")
for pkg in $(go list tool); do
  name=$(basename "$pkg")
  if [ ${#want[@]} -gt 0 ] && [[ ! " ${want[*]} " == *" $name "* ]]; then continue; fi
  if [ -x "$bin/$name" ]; then continue; fi
  echo "building $name ($pkg) into .tools/bin" >&2
  GOBIN="$bin" go install "$pkg"
done
