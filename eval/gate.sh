#!/usr/bin/env bash
# Quality gate: score newsparse on a corpus with the floors in a file. Usage: eval/gate.sh FLOORS DIR...
set -euo pipefail
floors=$1; shift
scorer="$(dirname "$0")/../../shared/eval/score.py"
if [ ! -f "$scorer" ]; then
  echo "gate: no scorer at $scorer; skipped"
  exit 0
fi
args=()
while IFS= read -r line; do
  line=${line%%#*}
  line=${line//[[:space:]]/}
  [ -n "$line" ] && args+=(--min "$line")
done < "$floors"
python3 "$scorer" "$@" --failures 20 "${args[@]}"
