#!/usr/bin/env bash
# Builds the Go dev tools pinned in tools/go.mod (grpcurl, jaeger) and tools/helm/go.mod (helm, in a module of
# its own because its dependencies conflict with jaeger's) into .tools/bin. Needs Go (>= 1.26 for helm v3.22) and
# the Go module proxy. Usage: scripts/install-tools.sh [tool ...] (default: all). Existing binaries are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tools/bin
bin=$(cd .tools/bin && pwd)
if ! command -v go >/dev/null 2>&1; then
  echo "error: Go is not installed; get it from your package manager (Go >= 1.26) to build the dev tools" >&2
  exit 1
fi
want=("$@")
for mod in tools tools/*/; do
  [ -f "$mod/go.mod" ] || continue
  for pkg in $(cd "$mod" && go list tool); do
    name=$(basename "$pkg")
    if [ ${#want[@]} -gt 0 ] && [[ ! " ${want[*]} " == *" $name "* ]]; then continue; fi
    if [ -x "$bin/$name" ]; then continue; fi
    echo "building $name ($pkg, pinned in $mod/go.mod) into .tools/bin" >&2
    (cd "$mod" && GOBIN="$bin" go install "$pkg")
  done
done
