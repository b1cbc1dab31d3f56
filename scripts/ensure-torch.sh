#!/usr/bin/env bash
# The toTorchCode round-trip tests run generated code on real PyTorch: Debian's python3-torch for
# /usr/bin/python3 (the python3 on PATH may be another interpreter). Nothing downloads a wheel.
set -euo pipefail
PY=/usr/bin/python3
if "$PY" -c 'import torch' >/dev/null 2>&1; then
  exit 0
fi
echo "torch is missing for $PY: installing Debian's python3-torch (apt-get)" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
# Several test files may call this at once: one apt run at a time.
exec 9>/tmp/lrkit-ensure-torch.lock
flock 9
if "$PY" -c 'import torch' >/dev/null 2>&1; then
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-torch >/dev/null
"$PY" -c 'import torch; print("torch", torch.__version__)'
